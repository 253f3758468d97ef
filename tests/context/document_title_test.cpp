// What the registry's documents are called, from their base names.
#include <gtest/gtest.h>

#include "context/document_title.h"

namespace wop::context {
namespace {

TEST(DocumentTitle, OfADocumentTypeInBothLanguages) {
    const model::Text title = documentTitle("letter-of-intent");
    EXPECT_EQ(title.en, "Letter of Intent");
    EXPECT_FALSE(title.ur.empty());
}

TEST(DocumentTitle, OfAMonthlyReportNamesItsMonth) {
    const model::Text title = documentTitle("monthly-report-2025-07");
    EXPECT_TRUE(title.en.ends_with(" 2025-07")) << title.en;
    EXPECT_TRUE(title.ur.ends_with(" 2025-07")) << title.ur;
    EXPECT_EQ(documentTypeOf("monthly-report-2025-07"), findDocumentType("monthly-report"));
}

TEST(DocumentTitle, OfANameNoTypeMakesIsTheName) {
    EXPECT_EQ(documentTypeOf("minutes-of-nothing"), nullptr);
    const model::Text title = documentTitle("minutes-of-nothing");
    EXPECT_EQ(title.en, "minutes-of-nothing");
    EXPECT_EQ(title.ur, "");
}

}  // namespace
}  // namespace wop::context
