// The partnership file's `extra` fields, reachable in templates in the
// document's language.
#include <gtest/gtest.h>

#include "fixture.h"

namespace wop::test {
namespace {

TEST(Extra, EachFieldIsPrintedInTheDocumentsLanguage) {
    model::Partnership partnership = samplePartnership();
    partnership.extra["ceremony_time"] = {"10:30 am", "صبح ساڑھے دس بجے"};
    partnership.extra["hall"] = {"Committee Room", ""};
    EXPECT_EQ(render("{{extra.ceremony_time}}|{{extra.hall}}", contextFor(partnership, "letter-of-intent")),
              "10:30 am|Committee Room");
    EXPECT_EQ(render("{{extra.ceremony_time}}|{{extra.hall}}",
                     contextFor(partnership, "letter-of-intent", model::Lang::Ur)),
              "صبح ساڑھے دس بجے|Committee Room");
}

TEST(Extra, AFieldThisPartnershipLacksPrintsNothingInItsSection) {
    EXPECT_EQ(render("[{{#extra.ceremony_time}}at {{extra.ceremony_time}}{{/extra.ceremony_time}}]",
                     contextFor(samplePartnership(), "letter-of-intent")),
              "[]");
}

}  // namespace
}  // namespace wop::test
