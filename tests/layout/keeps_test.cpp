// Where a page may break, in both directions: no widows or orphans, short
// lists whole, a heading with its intro and first item, a table with at
// least two body rows at each end of a break, and a chain of keeps taller
// than a page broken all the same.
#include <gtest/gtest.h>

#include <map>

#include "layout_support.h"

namespace wop::layout {
namespace {

using test::Language;
using test::layOut;
using test::lines;
using test::marker;
using test::markers;
using test::paragraph;
using test::pageWith;
using test::space;
using test::spacesNearThePageEnd;

// Items of `linesEach` lines, named "<name> <item>.".
std::string list(const Language& language, const std::string& name, int items, int linesEach) {
    std::string markup = "<ul>";
    for (int i = 1; i <= items; ++i)
        markup += "<li>" + lines(language, name + " " + std::to_string(i) + ".", linesEach) + "</li>";
    return markup + "</ul>";
}

std::string table(const Language& language, int bodyRows) {
    std::string markup = "<table><tr header=\"yes\"><th>" + language.line("Header mark") + "</th></tr>";
    for (int r = 1; r <= bodyRows; ++r) markup += "<tr><td>" + language.line(marker("Row", r)) + "</td></tr>";
    return markup + "</table>";
}

// How many of `texts` each page holds.
std::map<size_t, int> countPerPage(const PageSet& pages, const std::vector<std::string>& texts) {
    std::map<size_t, int> counts;
    for (const std::string& text : texts) {
        auto page = pageWith(pages, text);
        EXPECT_TRUE(page) << text << " is missing";
        if (page) ++counts[*page];
    }
    return counts;
}

// Every page holding any of `texts` holds at least two; returns whether they span pages.
bool expectAtLeastTwoOnEachPage(const PageSet& pages, const std::vector<std::string>& texts, float spaceBefore) {
    const auto counts = countPerPage(pages, texts);
    for (auto [page, count] : counts) EXPECT_GE(count, 2) << "page " << page << " after a space of " << spaceBefore;
    return counts.size() > 1;
}

class Keeps : public testing::TestWithParam<Language> {
protected:
    PageSet layOutAfter(float spaceBefore, const std::string& body) const {
        return layOut(space(spaceBefore) + body, GetParam().attributes);
    }
};

TEST_P(Keeps, ParagraphOfTwoOrThreeLinesIsNotSplit) {
    for (int count : {2, 3})
        for (float s : spacesNearThePageEnd())
            test::expectOnOnePage(layOutAfter(s, paragraph(GetParam(), "Line", count)), markers("Line", count), s);
}

TEST_P(Keeps, LongerParagraphLeavesTwoLinesAndCarriesTwo) {
    for (int count : {4, 5, 7}) {
        bool split = false;
        for (float s : spacesNearThePageEnd())
            split |= expectAtLeastTwoOnEachPage(layOutAfter(s, paragraph(GetParam(), "Line", count)),
                                                markers("Line", count), s);
        EXPECT_TRUE(split) << count << " lines never split";
    }
}

TEST_P(Keeps, ListItemLeavesTwoLinesAndCarriesTwo) {
    bool split = false;
    for (float s : spacesNearThePageEnd()) {
        PageSet pages = layOutAfter(s, list(GetParam(), "Item", 2, 5));
        for (const char* item : {"Item 1.", "Item 2."}) split |= expectAtLeastTwoOnEachPage(pages, markers(item, 5), s);
    }
    EXPECT_TRUE(split);
}

TEST_P(Keeps, ShortListIsNotSplit) {
    for (float s : spacesNearThePageEnd()) {
        test::expectOnOnePage(layOutAfter(s, list(GetParam(), "Item", 3, 2)),
                              {marker("Item 1.", 1), marker("Item 2.", 2), marker("Item 3.", 2)}, s);
        test::expectOnOnePage(layOutAfter(s, list(GetParam(), "Item", 5, 1)),
                              {marker("Item 1.", 1), marker("Item 5.", 1)}, s);
    }
}

TEST_P(Keeps, LongListBreaksBetweenItems) {
    bool split = false;
    for (float s : spacesNearThePageEnd()) {
        PageSet pages = layOutAfter(s, list(GetParam(), "Item", 8, 1));
        split |= pageWith(pages, marker("Item 1.", 1)) != pageWith(pages, marker("Item 8.", 1));
    }
    EXPECT_TRUE(split);
}

TEST_P(Keeps, HeadingGoesWithTheFirstTwoLinesOfItsParagraph) {
    for (float s : spacesNearThePageEnd()) {
        PageSet pages = layOutAfter(s, "<h2>" + GetParam().line("Heading mark") + "</h2>" + paragraph(GetParam(), "Line", 6));
        EXPECT_EQ(pageWith(pages, "Heading mark"), pageWith(pages, marker("Line", 2))) << "after a space of " << s;
    }
}

TEST_P(Keeps, HeadingGoesWithItsIntroAndTheFirstItem) {
    for (float s : spacesNearThePageEnd()) {
        PageSet pages = layOutAfter(s, "<h2>" + GetParam().line("Heading mark") + "</h2>" + paragraph(GetParam(), "Intro", 1) +
                                           list(GetParam(), "Item", 8, 1));
        test::expectOnOnePage(pages, {"Heading mark", marker("Intro", 1), marker("Item 1.", 1)}, s);
    }
}

TEST_P(Keeps, HeadingGoesWithItsIntroAndTheFirstRows) {
    for (float s : spacesNearThePageEnd()) {
        PageSet pages = layOutAfter(s, "<h3>" + GetParam().line("Heading mark") + "</h3>" + paragraph(GetParam(), "Intro", 1) +
                                           table(GetParam(), 8));
        test::expectOnOnePage(pages, {"Heading mark", marker("Intro", 1), marker("Row", 1), marker("Row", 2)}, s);
        EXPECT_EQ(pageWith(pages, "Header mark"), pageWith(pages, "Heading mark")) << "after a space of " << s;
    }
}

// "… as follows:" never ends a page apart from what follows it.
TEST_P(Keeps, AParagraphGoesWithTheTableItIntroduces) {
    for (float s : spacesNearThePageEnd()) {
        PageSet pages = layOutAfter(s, paragraph(GetParam(), "Intro", 1) + table(GetParam(), 8));
        test::expectOnOnePage(pages, {marker("Intro", 1), marker("Row", 1), marker("Row", 2)}, s);
    }
}

TEST_P(Keeps, TableStartsWithItsHeaderAndTwoBodyRows) {
    for (int rows : {3, 8})
        for (float s : spacesNearThePageEnd()) {
            PageSet pages = layOutAfter(s, table(GetParam(), rows));
            test::expectOnOnePage(pages, {marker("Row", 1), marker("Row", 2)}, s);
            EXPECT_EQ(pageWith(pages, "Header mark"), pageWith(pages, marker("Row", 1))) << "after a space of " << s;
        }
}

TEST_P(Keeps, TableLeavesNoLastRowAlone) {
    bool split = false;
    for (float s : spacesNearThePageEnd()) {
        PageSet pages = layOutAfter(s, table(GetParam(), 5));
        test::expectOnOnePage(pages, {marker("Row", 4), marker("Row", 5)}, s);
        split |= pageWith(pages, marker("Row", 1)) != pageWith(pages, marker("Row", 5));
    }
    EXPECT_TRUE(split);
}

// Moving a table whole for a tall last row would leave its page half empty.
TEST_P(Keeps, TallLastRowMayStandAlone) {
    const std::string markup = "<table><tr><td>" + GetParam().line(marker("Row", 1)) + "</td></tr><tr><td>" +
                               GetParam().line(marker("Row", 2)) + "</td></tr><tr><td>" + lines(GetParam(), "Tall", 6) +
                               "</td></tr></table>";
    bool alone = false;
    for (float s : spacesNearThePageEnd()) {
        PageSet pages = layOutAfter(s, markup);
        alone |= pageWith(pages, marker("Row", 2)) != pageWith(pages, marker("Tall", 1));
    }
    EXPECT_TRUE(alone);
}

// Each heading keeps with the next: a chain taller than a page.
TEST_P(Keeps, ChainOfKeepsTallerThanAPageStillBreaks) {
    std::string headings;
    for (int k = 1; k <= 60; ++k) headings += "<h2>" + GetParam().line(marker("Heading", k)) + "</h2>";
    PageSet pages = layOut(headings + paragraph(GetParam(), "Line", 1), GetParam().attributes);
    EXPECT_GE(pages.pages.size(), 2u);
    const auto counts = countPerPage(pages, markers("Heading", 60));
    for (auto [page, count] : counts) EXPECT_GT(count, 1) << "page " << page;
}

INSTANTIATE_TEST_SUITE_P(BothDirections, Keeps, testing::Values(test::english(), test::urdu()),
                         [](const auto& info) { return info.param.name; });

// A paragraph whose last line is one short word ("ہے۔"): wherever the page
// ends, that word does not stand alone at the top of the next.
TEST(Widows, OneWordLastLineIsNeverAloneOnAPage) {
    std::string sentence;
    for (int i = 0; i < 40; ++i) sentence += "پانی کا ضیاع کم ";
    const float width = test::contentWidth;
    const std::string body = "<p>" + sentence + "ہے۔</p>";
    // The last line holds ہے۔ only: checked, not assumed.
    const auto probe = layOut(body, R"(lang="ur")");
    const TextItem* last = test::itemWith(probe.pages.back(), "ہے۔");
    ASSERT_TRUE(last);
    size_t onItsLine = 0;
    for (const TextItem* item : test::bodyText(probe.pages.back())) onItsLine += item->y == last->y;
    ASSERT_EQ(onItsLine, 1u) << "the test wants a last line of one word at width " << width;
    for (float before : spacesNearThePageEnd()) {
        const PageSet pages = layOut(space(before) + body, R"(lang="ur")");
        const auto page = pageWith(pages, "ہے۔");
        ASSERT_TRUE(page);
        EXPECT_GE(test::bodyText(pages.pages[*page]).size(), 2u) << "ہے۔ alone after a space of " << before;
    }
}

}  // namespace
}  // namespace wop::layout
