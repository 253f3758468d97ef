// The page grid: one line pitch per paragraph whatever its letters and
// bold, the cells of a table row on one first baseline, and cells padded
// alike at both edges in either direction.
#include <gtest/gtest.h>

#include <set>

#include "layout/style.h"
#include "layout_support.h"

namespace wop::layout {
namespace {

using test::layOut;

// The distinct baselines of a page's body text, top to bottom.
std::vector<float> baselines(const Page& page) {
    std::vector<float> ys;
    for (const TextItem* item : test::bodyText(page))
        if (ys.empty() || ys.back() != item->y) ys.push_back(item->y);
    return ys;
}

std::vector<float> pitches(const std::vector<float>& ys) {
    std::vector<float> gaps;
    for (size_t i = 1; i < ys.size(); ++i) gaps.push_back(ys[i - 1] - ys[i]);
    return gaps;
}

// Lines forced by <br/>: tall letters (ک گ ٹ) in some, short ones in others,
// bold in some.
const std::string urduLines =
    "کہیں گھڑی ٹکٹ<br/>اور دو دور<br/><b>گھڑی کہیں</b> اور<br/>اور دو<br/>لاہور <b>PWON</b> 2024<br/>درد ادا";
const std::string englishLines = "Plain water<br/><b>Bold water</b><br/>plain (Ågypten)<br/>gypsy <b>jay</b>";

struct Case {
    const char* name;
    std::string attributes;
    const std::string* lines;
};

void PrintTo(const Case& c, std::ostream* os) { *os << c.name; }

class LinePitch : public testing::TestWithParam<Case> {};

TEST_P(LinePitch, IsTheSameForEveryLineOfAParagraph) {
    PageSet pages = layOut("<p>" + *GetParam().lines + "</p>", GetParam().attributes);
    const auto gaps = pitches(baselines(pages.pages[0]));
    ASSERT_GE(gaps.size(), 3u);
    for (float gap : gaps) EXPECT_NEAR(gap, gaps.front(), test::tolerance);
}

TEST_P(LinePitch, IsTheSameWithBoldAndWithout) {
    std::string plain = *GetParam().lines;
    for (const char* tag : {"<b>", "</b>"})
        for (size_t at; (at = plain.find(tag)) != std::string::npos;) plain.erase(at, std::string(tag).size());
    PageSet bold = layOut("<p>" + *GetParam().lines + "</p>", GetParam().attributes);
    PageSet regular = layOut("<p>" + plain + "</p>", GetParam().attributes);
    EXPECT_EQ(baselines(bold.pages[0]), baselines(regular.pages[0]));
}

INSTANTIATE_TEST_SUITE_P(Layout, LinePitch,
                         testing::Values(Case{"Urdu", R"(lang="ur")", &urduLines},
                                         Case{"English", "", &englishLines}),
                         [](const auto& info) { return std::string(info.param.name); });

TEST(LinePitch, OfUrduComesFromNastaliqsDeclaredBox) {
    PageSet pages = layOut("<p>اور دو<br/>اور دو</p>", R"(lang="ur")");
    const text::Font& nastaliq = test::fonts().font(text::FontRole::Urdu);
    const float size = style::bodySize * text::arabicScriptScale;
    const float box = static_cast<float>(nastaliq.ascender() + nastaliq.descender()) * size /
                      static_cast<float>(nastaliq.unitsPerEm());
    EXPECT_NEAR(pitches(baselines(pages.pages[0])).front(), box + style::bodySize * style::lineGap, test::tolerance);
}

// A space above and below each heading and list item, the same wherever
// it stands.
TEST(Spacing, AroundHeadingsAndListItemsIsTheSameEverywhere) {
    for (const char* attributes : {"", R"(lang="ur")"}) {
        const std::string item = attributes[0] ? "اور دو دور" : "Plain water";
        std::string body;
        for (int i = 0; i < 3; ++i) body += "<h2>" + item + "</h2><ul><li>" + item + "</li><li>" + item + "</li></ul>";
        const auto gaps = pitches(baselines(layOut(body, attributes).pages[0]));
        ASSERT_EQ(gaps.size(), 8u);
        for (size_t i = 3; i < gaps.size(); ++i) EXPECT_NEAR(gaps[i], gaps[i - 3], test::tolerance) << attributes << i;
    }
}

// Cells of one row: tall Nastaliq letters, Latin, bold Latin, bold Urdu.
TEST(TableRow, CellsShareTheirFirstBaseline) {
    for (const char* attributes : {"", R"(lang="ur")"}) {
        PageSet pages = layOut(
            "<table><tr><td>کہیں گھڑی ٹکٹ</td><td>PWON/WOP/2024/02</td><td><b>Bold</b> text</td>"
            "<td><b>31 اگست 2025</b></td></tr></table>",
            attributes);
        std::set<float> firstBaselines;
        for (const char* text : {"کہیں", "PWON", "Bold", "اگست"}) {
            const TextItem* item = test::itemWith(pages.pages[0], text);
            ASSERT_TRUE(item) << text;
            firstBaselines.insert(item->y);
        }
        EXPECT_EQ(firstBaselines.size(), 1u) << attributes;
    }
}

TEST(TableRow, WrappedCellKeepsItsPitchUnderTheSharedBaseline) {
    PageSet pages = layOut(
        R"(<table widths="1,1"><tr><td>PWON</td><td>اور دو<br/>دور ادا</td></tr></table>)", R"(lang="ur")");
    const TextItem* latin = test::itemWith(pages.pages[0], "PWON");
    const TextItem* first = test::itemWith(pages.pages[0], "اور");
    const TextItem* second = test::itemWith(pages.pages[0], "ادا");
    ASSERT_TRUE(latin && first && second);
    EXPECT_EQ(latin->y, first->y);
    const auto urduPitch = pitches(baselines(layOut("<p>اور دو<br/>دور ادا</p>", R"(lang="ur")").pages[0])).front();
    EXPECT_NEAR(first->y - second->y, urduPitch * (style::bodySize - 0.5f) / style::bodySize, test::tolerance);
}

// The gap between a cell's border and its text, at the side the text is
// aligned to: the padding, whether the text's edge is an advance or the
// ink of a letter reaching out beyond it (ک at the start of a right-to-left
// line).
struct PaddingCase {
    const char* name;
    std::string attributes;
    std::string text;
};

void PrintTo(const PaddingCase& c, std::ostream* os) { *os << c.name; }

class CellPadding : public testing::TestWithParam<PaddingCase> {};

TEST_P(CellPadding, IsTheSameAtBothEdges) {
    const std::string& text = GetParam().text;
    PageSet pages = layOut(R"(<table><tr><td>)" + text + R"(</td></tr><tr><td align="end">)" + text +
                               "</td></tr></table>",
                           GetParam().attributes);
    std::vector<const TextItem*> items;
    for (const TextItem* item : test::bodyText(pages.pages[0])) items.push_back(item);
    ASSERT_EQ(items.size(), 2u);
    const bool rtl = !GetParam().attributes.empty();
    const test::Box start = test::boxOf(*items[0]), end = test::boxOf(*items[1]);
    const float startGap = rtl ? test::contentRight - start.right : start.left - test::contentLeft;
    const float endGap = rtl ? end.left - test::contentLeft : test::contentRight - end.right;
    EXPECT_NEAR(startGap, style::cellPadding, test::tolerance);
    EXPECT_NEAR(endGap, style::cellPadding, test::tolerance);
}

INSTANTIATE_TEST_SUITE_P(Layout, CellPadding,
                         testing::Values(PaddingCase{"LeftToRight", "", "Water"},
                                         PaddingCase{"RightToLeft", R"(lang="ur")", "کیفیت"},
                                         PaddingCase{"RightToLeftLatin", R"(lang="ur")", "PWON"}),
                         [](const auto& info) { return std::string(info.param.name); });

TEST(TableHeader, StandsLikeTheColumnItHeads) {
    for (const char* attributes : {"", R"(lang="ur")"}) {
        PageSet pages = layOut(R"(<table><tr header="yes"><th>Score</th><th>Basis</th></tr>)"
                               R"(<tr><td align="end">75 %</td><td>x</td></tr><tr><td align="end">100 %</td><td>y</td></tr></table>)",
                               attributes);
        const test::Box head = test::boxOf(*test::itemWith(pages.pages[0], "Score"));
        const test::Box score = test::boxOf(*test::itemWith(pages.pages[0], "100"));
        if (attributes[0]) EXPECT_NEAR(head.left, score.left, 0.5f);
        else EXPECT_NEAR(head.right, score.right, 0.5f);
        const test::Box basis = test::boxOf(*test::itemWith(pages.pages[0], "Basis"));
        const test::Box x = test::boxOf(*test::itemWith(pages.pages[0], "x"));
        if (attributes[0]) EXPECT_NEAR(basis.right, x.right, 0.5f);
        else EXPECT_NEAR(basis.left, x.left, 0.5f);
    }
}

}  // namespace
}  // namespace wop::layout
