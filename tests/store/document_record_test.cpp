// The names a registered PDF is known by.
#include <gtest/gtest.h>

#include "store/document_record.h"

namespace wop::store {
namespace {

DocumentRecord recordOf(const std::string& partnership, const std::string& document, int version) {
    DocumentRecord record;
    record.key = {partnership, document, model::Lang::En};
    record.version = version;
    record.path = "documents/" + partnership + "/" + document + ".en.v" + std::to_string(version) + ".pdf";
    return record;
}

TEST(DeliveredFileName, NamesThePartnershipBeforeItsFile) {
    EXPECT_EQ(deliveredFileName(recordOf("lahore-faisalabad-nrw", "letter-of-intent", 2)),
              "lahore-faisalabad-nrw-letter-of-intent.en.v2.pdf");
}

TEST(DeliveredFileName, OfTheRoadMapIsItsFile) {
    EXPECT_EQ(deliveredFileName(recordOf(std::string(programKey), "roadmap", 1)), "roadmap.en.v1.pdf");
}

}  // namespace
}  // namespace wop::store
