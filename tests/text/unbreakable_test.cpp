// No line breaks where a reader sees one word: inside a date, between a
// number and its unit, before the ء of a year; at every width the line
// is wide enough for them, and at their spaces only where it is not.
#include <gtest/gtest.h>

#include <sstream>

#include "text/unbreakable.h"
#include "text/utf16.h"
#include "text_support.h"

namespace wop::text {
namespace {

struct Sentence {
    const char* name;
    Direction direction;
    std::string text;
    std::vector<std::string> wholes;  // each stays on one line
};

void PrintTo(const Sentence& s, std::ostream* os) { *os << s.name; }

std::vector<std::string> linesOf(const Sentence& s, float width) {
    const LineAlign start = s.direction == Direction::RightToLeft ? LineAlign::Right : LineAlign::Left;
    std::vector<std::string> texts;
    for (const TextLine& line : setParagraph({test::span(s.text)}, {s.direction, start, width}, test::fonts())) {
        std::string text;
        for (const GlyphRun& run : line.runs) text += run.logicalText();
        texts.push_back(text);
    }
    return texts;
}

// Whether `whole` is on one line: its words are, in a line's runs (whose
// order may be visual), or it is on no line at all in pieces.
bool onOneLine(const std::vector<std::string>& lines, const std::string& whole) {
    std::istringstream words(whole);
    std::vector<std::string> parts;
    for (std::string w; words >> w;) parts.push_back(w);
    for (const std::string& line : lines) {
        size_t found = 0;
        for (const std::string& part : parts) found += line.find(part) != std::string::npos;
        if (found == parts.size()) return true;
    }
    return false;
}

float naturalWidth(const std::string& text, Direction direction) {
    return setLine(text, {}, direction, test::fonts()).width;
}

class Unbreakable : public testing::TestWithParam<Sentence> {};

TEST_P(Unbreakable, StaysOnOneLineAtEveryWidthItFits) {
    const Sentence& s = GetParam();
    float widest = 0;
    for (const std::string& whole : s.wholes) widest = std::max(widest, naturalWidth(whole, s.direction));
    for (float width = widest + 0.5f; width < naturalWidth(s.text, s.direction) + 10; width += 1.5f) {
        const auto lines = linesOf(s, width);
        for (const std::string& whole : s.wholes)
            EXPECT_TRUE(onOneLine(lines, whole)) << whole << " at " << width << ": " << testing::PrintToString(lines);
    }
}

TEST_P(Unbreakable, NarrowerThanItBreaksAtItsSpacesNotInsideWords) {
    const Sentence& s = GetParam();
    for (const std::string& whole : s.wholes) {
        std::istringstream words(whole);
        std::vector<std::string> parts;
        for (std::string w; words >> w;) parts.push_back(w);
        float widestWord = 0;
        for (const std::string& part : parts) widestWord = std::max(widestWord, naturalWidth(part, s.direction));
        for (float width = widestWord + 2; width < naturalWidth(whole, s.direction); width += 1.5f)
            for (const std::string& part : parts)
                EXPECT_TRUE(onOneLine(linesOf(s, width), part)) << part << " at " << width;
    }
}

INSTANTIATE_TEST_SUITE_P(
    Text, Unbreakable,
    testing::Values(
        Sentence{"UrduDate", Direction::RightToLeft, "اجلاس بتاریخ 14 مارچ 2024 کو لاہور میں ہوا", {"14 مارچ 2024"}},
        Sentence{"UrduDateWithComma", Direction::RightToLeft, "مورخہ 12 دسمبر، 2016 کو", {"12 دسمبر، 2016"}},
        Sentence{"EnglishDate", Direction::LeftToRight, "The meeting on 14 March 2024 at WASA Lahore",
                 {"14 March 2024"}},
        Sentence{"MonthAndYear", Direction::LeftToRight, "Monthly report for July 2025 of the pilot", {"July 2025"}},
        Sentence{"Percent", Direction::LeftToRight, "Non-revenue water fell to 41 % of the supply", {"41 %"}},
        Sentence{"PercentInBrackets", Direction::LeftToRight, "losses fell by a third (1.53 %). Then more",
                 {"(1.53 %)."}},
        Sentence{"UrduPercent", Direction::RightToLeft, "غیر محصولی پانی 41 % سے کم ہو کر 29.5 % رہ گیا",
                 {"41 %", "29.5 %"}},
        Sentence{"UnitOfUnits", Direction::LeftToRight, "supply rose from 6 h/day to 10 h/day in DMA-3",
                 {"6 h/day", "10 h/day"}},
        Sentence{"UrduUnit", Direction::RightToLeft, "پائلٹ منصوبہ 7 ماہ اور 72 h جاری رہا", {"7 ماہ", "72 h"}},
        Sentence{"YearSign", Direction::RightToLeft, "یہ منصوبہ سال 2024 ء میں مکمل ہوا", {"2024 ء"}}),
    [](const auto& info) { return std::string(info.param.name); });

TEST(Unbreakable, AYearSignAttachedStaysAttached) {
    for (float width = naturalWidth("2024ء", Direction::RightToLeft) + 0.5f; width < 120; width += 1.5f) {
        const auto lines = linesOf({"", Direction::RightToLeft, "یہ منصوبہ سال 2024ء میں مکمل ہوا", {}}, width);
        EXPECT_TRUE(onOneLine(lines, "2024 ء")) << width << ": " << testing::PrintToString(lines);
    }
}

TEST(Unbreakable, OrdinaryWordsAfterANumberMayStartALine) {
    const std::vector<LineStart> starts = unbreakable(toUtf16("in 2024 the team repaired 186 leaks"));
    EXPECT_EQ(starts[8], LineStart::Allowed) << "the";
    EXPECT_EQ(starts[30], LineStart::Allowed) << "leaks";
}

TEST(Unbreakable, JustificationLeavesTheSpaceOfAValueAlone) {
    auto lines = setParagraph({test::span("Non-revenue water fell to 41 % of the supply in the district metered area")},
                              {Direction::LeftToRight, LineAlign::Justify, 150}, test::fonts());
    ASSERT_GT(lines.size(), 1u);
    int found = 0;
    for (const TextLine& line : lines) {
        const GlyphRun& run = line.runs.front();
        for (size_t g = 0; g + 2 < run.glyphs.size(); ++g)
            if (run.glyphs[g].text == "1" && run.glyphs[g + 2].text == "%") {
                ++found;
                EXPECT_NEAR(run.glyphs[g + 2].x - run.glyphs[g + 1].x, test::advanceOf(run, run.glyphs[g + 1]), 0.01);
            }
    }
    EXPECT_EQ(found, 1) << "41 % in a justified line";
}

}  // namespace
}  // namespace wop::text
