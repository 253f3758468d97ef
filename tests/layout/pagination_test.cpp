// Blocks stacked on A4 pages: paragraphs continue on the next page, nothing
// leaves the content area, headings stay with what follows, table rows are
// never split, <pagebreak/> and <space/> do what they say.
#include <gtest/gtest.h>

#include "layout_support.h"

namespace wop::layout {
namespace {

using test::layOut;
using test::contentLeft;
using test::contentRight;
using test::contentBottom;
using test::contentTop;
using test::contentHeight;
using test::tolerance;
using test::pageWith;
using test::space;
using test::spacesNearThePageEnd;


void expectInsideTheContentArea(const Page& page, size_t index) {
    for (const Item& item : page.items) {
        if (test::isFooter(item) || test::isWatermark(item)) continue;
        if (auto* text = std::get_if<TextItem>(&item)) {
            test::Box box = test::boxOf(*text);
            EXPECT_GE(box.left, contentLeft - tolerance) << "page " << index << ": " << text->run.logicalText();
            EXPECT_LE(box.right, contentRight + tolerance) << "page " << index << ": " << text->run.logicalText();
            EXPECT_GE(box.bottom, contentBottom - tolerance) << "page " << index << ": " << text->run.logicalText();
            EXPECT_LE(box.top, contentTop + tolerance) << "page " << index << ": " << text->run.logicalText();
        } else if (auto* line = std::get_if<LineItem>(&item)) {
            for (float x : {line->x1, line->x2}) {
                EXPECT_GE(x, contentLeft) << "page " << index;
                EXPECT_LE(x, contentRight) << "page " << index;
            }
            for (float y : {line->y1, line->y2}) {
                EXPECT_GE(y, contentBottom) << "page " << index;
                EXPECT_LE(y, contentTop) << "page " << index;
            }
        } else if (auto* rect = std::get_if<RectItem>(&item)) {
            EXPECT_GE(rect->x, contentLeft) << "page " << index;
            EXPECT_LE(rect->x + rect->width, contentRight + tolerance) << "page " << index;
            EXPECT_GE(rect->y, contentBottom) << "page " << index;
            EXPECT_LE(rect->y + rect->height, contentTop + tolerance) << "page " << index;
        }
    }
}

const std::string furniture = R"(reference="PWON/WOP/1" page-label="Page {page} of {pages}" watermark="DRAFT")";

TEST(Pagination, LongParagraphContinuesOnFurtherPages) {
    PageSet pages = layOut("<p>" + test::longParagraph(150) + "</p>", furniture);
    EXPECT_GE(pages.pages.size(), 3u);
    for (const Page& page : pages.pages) {
        EXPECT_FLOAT_EQ(page.width, test::pageWidth);
        EXPECT_FLOAT_EQ(page.height, test::pageHeight);
    }
}

TEST(Pagination, NothingButFooterAndWatermarkLeavesTheContentArea) {
    PageSet pages = layOut("<h1>Work plan</h1><p>" + test::longParagraph(120) +
                               "</p><table><tr header=\"yes\"><th>A</th><th>B</th></tr><tr><td>1</td><td>2</td></tr>"
                               "</table><hr/><ul><li>one</li></ul><signatures><signature label=\"For\" name=\"N\"/>"
                               "</signatures>",
                           furniture);
    ASSERT_GE(pages.pages.size(), 2u);
    for (size_t i = 0; i < pages.pages.size(); ++i) expectInsideTheContentArea(pages.pages[i], i);
}

// The text without its spaces: lines may also break after a hyphen.
std::string withoutSpaces(std::string text) {
    std::erase(text, ' ');
    return text;
}

TEST(Pagination, LongParagraphLosesNoTextAndRepeatsNone) {
    const std::string paragraph = test::longParagraph(150);
    PageSet pages = layOut("<p>" + paragraph + "</p>");
    std::string laidOut;
    for (const Page& page : pages.pages)
        for (const TextItem* item : test::bodyText(page)) laidOut += item->run.logicalText();
    EXPECT_EQ(withoutSpaces(laidOut), withoutSpaces(paragraph));
}

TEST(Pagination, LinesFillAPageBeforeTheNextBegins) {
    PageSet pages = layOut("<p>" + test::longParagraph(150) + "</p>");
    ASSERT_GE(pages.pages.size(), 2u);
    auto lines = test::bodyText(pages.pages[0]);
    float lineHeight = lines[0]->y - lines[1]->y;
    EXPECT_LT(lines.back()->y - contentBottom, 2 * lineHeight) << "the first page ends early";
}

TEST(PageBreak, StartsANewPage) {
    PageSet pages = layOut("<p>before</p><pagebreak/><p>after</p>");
    ASSERT_EQ(pages.pages.size(), 2u);
    EXPECT_EQ(pageWith(pages, "before"), 0u);
    EXPECT_EQ(pageWith(pages, "after"), 1u);
}

TEST(PageBreak, PutsTheNextBlockAtTheTopOfItsPage) {
    PageSet pages = layOut("<p>before</p><pagebreak/><p>after</p>");
    ASSERT_EQ(pages.pages.size(), 2u);
    EXPECT_EQ(test::bodyText(pages.pages[1]).front()->run.logicalText(), "after");
    EXPECT_FLOAT_EQ(test::itemWith(pages.pages[1], "after")->y, test::itemWith(pages.pages[0], "before")->y);
}

TEST(PageBreak, AtTheStartMakesNoEmptyPage) {
    EXPECT_EQ(layOut("<pagebreak/><p>only</p>").pages.size(), 1u);
}

TEST(Space, MovesWhatFollowsDownByItsPoints) {
    PageSet without = layOut("<p>a</p><p>b</p>");
    PageSet with = layOut("<p>a</p><space pt=\"37.5\"/><p>b</p>");
    EXPECT_FLOAT_EQ(test::itemWith(without.pages[0], "b")->y - test::itemWith(with.pages[0], "b")->y, 37.5f);
}

TEST(Space, TallerThanWhatIsLeftPushesTheNextBlockOver) {
    PageSet pages = layOut(space(contentHeight - 5) + "<p>next</p>");
    EXPECT_EQ(pageWith(pages, "next"), 1u);
}

TEST(Headings, StayOnThePageOfTheNextBlock) {
    for (float s : spacesNearThePageEnd()) {
        PageSet pages = layOut(space(s) + "<h2>Scope of work</h2><p>First line of the scope.</p>");
        EXPECT_EQ(pageWith(pages, "Scope of work"), pageWith(pages, "First line")) << "after a space of " << s;
    }
}

TEST(Headings, StayWithTheHeaderAndFirstRowOfATable) {
    for (float s : spacesNearThePageEnd()) {
        PageSet pages = layOut(space(s) + "<h3>Targets</h3><table><tr><td>Target one</td></tr></table>");
        EXPECT_EQ(pageWith(pages, "Targets"), pageWith(pages, "Target one")) << "after a space of " << s;
    }
}

TEST(Headings, HeadingFollowedByAHeadingStaysWithTheText) {
    for (float s : spacesNearThePageEnd()) {
        PageSet pages = layOut(space(s) + "<h1>Part one</h1><h2>Scope of work</h2><p>First line of the scope.</p>");
        EXPECT_EQ(pageWith(pages, "Part one"), pageWith(pages, "First line")) << "after a space of " << s;
    }
}

TEST(Headings, MovedHeadingStartsItsPageWithoutSpaceAbove) {
    PageSet pages = layOut(space(contentHeight - 20) + "<h2>Scope of work</h2><p>First line.</p>");
    ASSERT_EQ(pageWith(pages, "Scope of work"), 1u);
    PageSet alone = layOut("<h2>Scope of work</h2>");
    EXPECT_FLOAT_EQ(test::itemWith(pages.pages[1], "Scope of work")->y, test::itemWith(alone.pages[0], "Scope of work")->y);
}

// A table cell of `breaks` + 1 lines of "line".
std::string cellOfLines(int breaks) {
    std::string cell = "line";
    for (int i = 0; i < breaks; ++i) cell += "<br/>line";
    return cell;
}

std::string tallRow(int lines) { return "<table><tr><td>short</td><td>" + cellOfLines(lines) + "</td></tr></table>"; }

TEST(TooTall, TableRowTallerThanAPageIsALayoutError) {
    EXPECT_THROW(layOut(tallRow(60)), LayoutError);
}

TEST(TooTall, TableRowJustUnderAPageFitsOnItsOwnPage) {
    // 46 lines of about 15 points: more than is left under "before", less than a page.
    PageSet pages = layOut("<p>before</p>" + tallRow(45));
    ASSERT_EQ(pages.pages.size(), 2u);
    EXPECT_EQ(test::pageWith(pages, "short"), 1u);
}

// A row that fits a page alone but not under the header repeated above it
// is refused rather than run into the bottom margin.
TEST(TooTall, RowThatFitsAPageOnlyWithoutItsRepeatedHeaderIsALayoutError) {
    const std::string tall = "<tr><td>" + cellOfLines(46) + "</td></tr>";
    ASSERT_EQ(layOut("<table>" + tall + "</table>").pages.size(), 1u) << "the row alone fits a page";
    const std::string underHeader = R"(<table><tr header="yes"><th>Head</th></tr><tr><td>short</td></tr>)" + tall + "</table>";
    try {
        layOut(underHeader);
        ADD_FAILURE() << "laid out a row that runs into the bottom margin under its header";
    } catch (const LayoutError& e) {
        EXPECT_NE(std::string(e.what()).find("under its repeated header"), std::string::npos) << e.what();
    }
}

TEST(TooTall, ParagraphTallerThanAPageIsSplitNotRefused) {
    std::string lines = "line";
    for (int i = 0; i < 80; ++i) lines += "<br/>line";
    EXPECT_EQ(layOut("<p>" + lines + "</p>").pages.size(), 2u);
}

}  // namespace
}  // namespace wop::layout
