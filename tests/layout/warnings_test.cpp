// A character that no font has, the document's or an installed one, prints
// as an empty box: the document says so, naming the character and the text
// it stands in.
#include <gtest/gtest.h>

#include "layout_support.h"

namespace wop::layout {
namespace {

using test::layOut;

TEST(Warnings, NameTheDocumentTheCharacterAndTheText) {
    testing::internal::CaptureStderr();
    PageSet pages = layOut("<p>Water</p><table><tr><td>Meter code \uE123 in DMA-3</td></tr></table>",
                           R"(reference="PWON/WOP/2024/02/MRP")");
    const std::string printed = testing::internal::GetCapturedStderr();
    ASSERT_EQ(pages.warnings.size(), 1u);
    const std::string& warning = pages.warnings.front();
    for (const char* part : {"PWON/WOP/2024/02/MRP", "U+E123", "Meter code"})
        EXPECT_NE(warning.find(part), std::string::npos) << part << " in " << warning;
    EXPECT_NE(printed.find(warning), std::string::npos) << printed;
}

TEST(Warnings, OnceForACharacterInOneText) {
    testing::internal::CaptureStderr();
    PageSet pages = layOut("<p>\uE123 and \uE123 again</p>");
    testing::internal::GetCapturedStderr();
    EXPECT_EQ(pages.warnings.size(), 1u);
}

TEST(Warnings, NoneForTextEveryCharacterOfWhichIsSet) {
    PageSet pages = layOut("<p>a = \U0001D465 + 1, لاہور 41 %</p>", R"(lang="ur")");
    EXPECT_TRUE(pages.warnings.empty()) << testing::PrintToString(pages.warnings);
}

}  // namespace
}  // namespace wop::layout
