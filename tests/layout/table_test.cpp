// Tables: split between rows, header rows repeated on every page the table
// continues on, rows kept in order, widths honoured.
#include <gtest/gtest.h>

#include "layout/style.h"
#include "layout_support.h"

namespace wop::layout {
namespace {

using test::layOut;

// "Row 1|" ... so that no row's marker is a prefix of another's.
std::string rowMarker(int row) { return "Row " + std::to_string(row) + "|"; }

std::string longTable(int rows) {
    std::string markup = R"(<table widths="1,4,2"><tr header="yes"><th>No.</th><th>Activity</th><th>Month</th></tr>)";
    for (int r = 1; r <= rows; ++r)
        markup += "<tr><td>" + std::to_string(r) + "</td><td>" + rowMarker(r) + " survey</td><td>April</td></tr>";
    return markup + "</table>";
}

class LongTable : public testing::Test {
protected:
    PageSet pages = layOut("<p>Work plan</p>" + longTable(120), R"(page-label="Page {page} of {pages}")");
};

TEST_F(LongTable, SpansSeveralPages) { EXPECT_GE(pages.pages.size(), 3u); }

TEST_F(LongTable, EveryPageStartsWithTheHeaderRow) {
    for (size_t i = 1; i < pages.pages.size(); ++i) {
        auto text = test::bodyText(pages.pages[i]);
        const TextItem* header = test::itemWith(pages.pages[i], "Activity");
        ASSERT_TRUE(header) << "page " << i;
        EXPECT_EQ(header->y, text.front()->y) << "page " << i << " starts with " << text.front()->run.logicalText();
    }
}

TEST_F(LongTable, HeaderRowAppearsOnceOnEveryPage) {
    for (size_t i = 0; i < pages.pages.size(); ++i) {
        size_t count = 0;
        for (const TextItem* item : test::bodyText(pages.pages[i])) count += item->run.logicalText() == "Activity";
        EXPECT_EQ(count, 1u) << "page " << i;
    }
}

TEST_F(LongTable, RepeatedHeaderIsFilledLikeTheFirst) {
    for (size_t i = 0; i < pages.pages.size(); ++i) {
        size_t fills = 0;
        for (const Item& item : pages.pages[i].items) fills += std::holds_alternative<RectItem>(item);
        EXPECT_EQ(fills, 3u) << "page " << i;  // one per header cell
    }
}

TEST_F(LongTable, EveryRowAppearsOnceInOrder) {
    std::vector<int> seen;
    for (const Page& page : pages.pages)
        for (const TextItem* item : test::bodyText(page)) {
            std::string text = item->run.logicalText();
            if (text.rfind("Row ", 0) == 0) seen.push_back(std::stoi(text.substr(4)));
        }
    std::vector<int> expected;
    for (int r = 1; r <= 120; ++r) expected.push_back(r);
    EXPECT_EQ(seen, expected);
}

TEST_F(LongTable, RowsAreNotSplit) {
    // Each row's three cells share a baseline on one page.
    for (int r = 1; r <= 120; ++r) {
        auto page = test::pageWith(pages, rowMarker(r));
        ASSERT_TRUE(page);
        const TextItem* marker = test::itemWith(pages.pages[*page], rowMarker(r));
        size_t sameBaseline = 0;
        for (const TextItem* item : test::bodyText(pages.pages[*page])) sameBaseline += item->y == marker->y;
        EXPECT_EQ(sameBaseline, 3u) << "row " << r;
    }
}

TEST(Table, ColumnsFollowTheRelativeWidths) {
    PageSet pages = layOut(R"(<table widths="1,3"><tr><td>left</td><td>right</td></tr></table>)");
    const TextItem* right = test::itemWith(pages.pages[0], "right");
    const TextItem* left = test::itemWith(pages.pages[0], "left");
    ASSERT_TRUE(left && right);
    EXPECT_NEAR(right->x - left->x, test::contentWidth / 4, 0.01);
}

TEST(Table, TableWithoutHeaderRepeatsNothing) {
    std::string markup = "<table>";
    for (int r = 1; r <= 120; ++r) markup += "<tr><td>" + rowMarker(r) + "</td></tr>";
    PageSet pages = layOut(markup + "</table>");
    ASSERT_GE(pages.pages.size(), 2u);
    EXPECT_EQ(test::bodyText(pages.pages[1]).front()->run.logicalText().rfind("Row ", 0), 0u);
    for (const Page& page : pages.pages)
        for (const Item& item : page.items) EXPECT_FALSE(std::holds_alternative<RectItem>(item));
}

}  // namespace
}  // namespace wop::layout
