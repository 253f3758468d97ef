// A right-to-left (Urdu) document is mirrored: paragraphs start on the
// right, tables run right to left, the footer swaps sides.
#include <gtest/gtest.h>

#include "layout_support.h"

namespace wop::layout {
namespace {

using test::layOut;
using test::contentLeft;
using test::contentRight;
using test::tolerance;


// Words of non-joining letters: no marks at the edges of the line, so the
// ink box's sides are the line's.
const std::string shortUrdu = "اور دو دور";

TEST(RightToLeft, ParagraphStartsAtTheRightMargin) {
    PageSet pages = layOut("<p>" + shortUrdu + "</p>", R"(lang="ur")");
    const TextItem* item = test::bodyText(pages.pages[0]).front();
    EXPECT_NEAR(test::boxOf(*item).right, contentRight, tolerance);
}

TEST(RightToLeft, ParagraphAlignedEndStartsAtTheLeftMargin) {
    PageSet pages = layOut("<p align=\"end\">" + shortUrdu + "</p>", R"(lang="ur")");
    EXPECT_NEAR(test::boxOf(*test::bodyText(pages.pages[0]).front()).left, contentLeft, tolerance);
}

TEST(LeftToRight, ParagraphStartsAtTheLeftMargin) {
    PageSet pages = layOut("<p>Water</p>");
    EXPECT_NEAR(test::boxOf(*test::itemWith(pages.pages[0], "Water")).left, contentLeft, tolerance);
}

TEST(LeftToRight, ParagraphAlignedEndEndsAtTheRightMargin) {
    PageSet pages = layOut("<p align=\"end\">Water</p>");
    EXPECT_NEAR(test::boxOf(*test::itemWith(pages.pages[0], "Water")).right, contentRight, tolerance);
}

TEST(RightToLeft, LongParagraphLinesAllEndAtTheRightMargin) {
    std::string text;
    for (int i = 0; i < 30; ++i) text += shortUrdu + " ";
    PageSet pages = layOut("<p>" + text + "</p>", R"(lang="ur")");
    std::vector<float> baselines;
    for (const TextItem* item : test::bodyText(pages.pages[0])) {
        if (!baselines.empty() && baselines.back() == item->y) continue;
        baselines.push_back(item->y);
        // The rightmost run of each line.
        float right = 0;
        for (const TextItem* other : test::bodyText(pages.pages[0]))
            if (other->y == item->y) right = std::max(right, test::boxOf(*other).right);
        EXPECT_NEAR(right, contentRight, tolerance) << "line at " << item->y;
    }
    EXPECT_GT(baselines.size(), 1u);
}

TEST(RightToLeft, FirstTableColumnIsOnTheRight) {
    PageSet pages = layOut("<table><tr><td>پہلا</td><td>دوسرا</td><td>تیسرا</td></tr></table>", R"(lang="ur")");
    const TextItem* first = test::itemWith(pages.pages[0], "پہلا");
    const TextItem* second = test::itemWith(pages.pages[0], "دوسرا");
    const TextItem* third = test::itemWith(pages.pages[0], "تیسرا");
    ASSERT_TRUE(first && second && third);
    EXPECT_GT(test::boxOf(*first).left, test::boxOf(*second).right);
    EXPECT_GT(test::boxOf(*second).left, test::boxOf(*third).right);
    EXPECT_GT(test::boxOf(*first).left, contentLeft + test::contentWidth * 2 / 3);
}

TEST(RightToLeft, WidthsApplyFromTheRight) {
    PageSet pages = layOut(R"(<table widths="3,1"><tr><td>اور</td><td>دو</td></tr></table>)", R"(lang="ur")");
    const TextItem* wide = test::itemWith(pages.pages[0], "اور");
    ASSERT_TRUE(wide);
    // The first, wide column spans the right three quarters; its text starts at its right side.
    EXPECT_NEAR(test::boxOf(*wide).right, contentRight - style::cellPadding, tolerance);
    const TextItem* narrow = test::itemWith(pages.pages[0], "دو");
    ASSERT_TRUE(narrow);
    EXPECT_NEAR(test::boxOf(*narrow).right, contentLeft + test::contentWidth / 4 - style::cellPadding, tolerance);
}

TEST(LeftToRight, FirstTableColumnIsOnTheLeft) {
    PageSet pages = layOut("<table><tr><td>first</td><td>second</td></tr></table>");
    EXPECT_LT(test::itemWith(pages.pages[0], "first")->x, test::itemWith(pages.pages[0], "second")->x);
}

TEST(RightToLeft, ListMarkerHangsOnTheRight) {
    PageSet pages = layOut("<ol><li>" + shortUrdu + "</li></ol>", R"(lang="ur" digits="arabext")");
    const TextItem* marker = test::itemWith(pages.pages[0], "۱");
    const TextItem* item = test::itemWith(pages.pages[0], "دور");
    ASSERT_TRUE(marker && item);
    EXPECT_GT(test::boxOf(*marker).left, test::boxOf(*item).right);
}

}  // namespace
}  // namespace wop::layout
