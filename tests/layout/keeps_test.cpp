// Where a page may break, in both directions: a chain of keeps taller than a
// page broken all the same.
#include <gtest/gtest.h>

#include <map>

#include "layout_support.h"

namespace wop::layout {
namespace {

using test::Language;
using test::layOut;
using test::marker;
using test::markers;
using test::pageWith;
using test::paragraph;

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

class Keeps : public testing::TestWithParam<Language> {};

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

}  // namespace
}  // namespace wop::layout
