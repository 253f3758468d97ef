// Filling lines: greedy at spaces, words wider than a line cut, forced
// breaks, and the four alignments, with trailing spaces never counted.
#include <gtest/gtest.h>

#include <sstream>

#include "text_support.h"

namespace wop::text {
namespace {

using test::leftEdge;
using test::rightEdge;

constexpr float tolerance = 0.01f;

const std::string english =
    "The mentor utility shares its practice in metering, billing and leak detection with the mentee over "
    "eighteen months, and both report to the network every quarter.";

// Words of non-joining Urdu letters (ا د ر و), so that every glyph is a base
// without marks and the line's edges are its first and last glyph's.
const std::string urdu =
    "اور دو دور ادا درد اور دو دور ادا درد اور دو دور ادا درد اور دو دور ادا درد اور دو دور ادا درد اور دو دور "
    "ادا درد اور دو";

std::vector<std::string> words(const std::string& text) {
    std::istringstream in(text);
    std::vector<std::string> out;
    for (std::string w; in >> w;) out.push_back(w);
    return out;
}

std::vector<std::string> lineTexts(const std::vector<TextLine>& lines, Direction direction) {
    std::vector<std::string> out;
    for (const TextLine& line : lines) out.push_back(test::readingText(line, direction));
    return out;
}

class LineWidth : public testing::TestWithParam<float> {};

TEST_P(LineWidth, NoLineIsWiderThanTheParagraph) {
    auto lines = test::setText(english, GetParam());
    ASSERT_GT(lines.size(), 1u);
    for (const TextLine& line : lines) {
        EXPECT_LE(line.width, GetParam() + tolerance);
        EXPECT_LE(rightEdge(line), GetParam() + tolerance) << test::readingText(line, Direction::LeftToRight);
    }
}

TEST_P(LineWidth, LinesBreakBetweenWordsOnly) {
    auto lines = test::setText(english, GetParam());
    std::vector<std::string> fromLines;
    for (const std::string& text : lineTexts(lines, Direction::LeftToRight)) {
        ASSERT_FALSE(text.empty());
        EXPECT_NE(text.front(), ' ');
        EXPECT_NE(text.back(), ' ');
        for (const std::string& w : words(text)) fromLines.push_back(w);
    }
    EXPECT_EQ(fromLines, words(english));
}

TEST_P(LineWidth, EachLineTakesAsManyWordsAsFit) {
    auto lines = test::setText(english, GetParam());
    auto texts = lineTexts(lines, Direction::LeftToRight);
    for (size_t i = 0; i + 1 < texts.size(); ++i) {
        std::string longer = texts[i] + " " + words(texts[i + 1]).front();
        EXPECT_GT(setLine(longer, {}, Direction::LeftToRight, test::fonts()).width, GetParam())
            << "\"" << words(texts[i + 1]).front() << "\" would have fit on line " << i;
    }
}

TEST_P(LineWidth, UrduLinesFitAndKeepEveryWord) {
    auto lines = test::setText(urdu, GetParam(), LineAlign::Right, Direction::RightToLeft);
    ASSERT_GT(lines.size(), 1u);
    std::vector<std::string> fromLines;
    for (const TextLine& line : lines) {
        EXPECT_LE(rightEdge(line), GetParam() + tolerance);
        EXPECT_GE(leftEdge(line), -tolerance);
        for (const std::string& w : words(test::readingText(line, Direction::RightToLeft))) fromLines.push_back(w);
    }
    EXPECT_EQ(fromLines, words(urdu));
}

// The ink of every glyph, not only its advance, within [0, width]: Nastaliq's
// letters reach out beyond their advances (ک at a line's start, the tail
// of ر at its end).
TEST_P(LineWidth, NoInkLeavesTheParagraph) {
    const std::string text = "کیفیت رکھیں گھڑی کہیں اور ٹکٹ پاکستان واٹر آپریٹرز نیٹ ورک ککک گگگ دور " + urdu;
    for (LineAlign align : {LineAlign::Right, LineAlign::Left, LineAlign::Justify, LineAlign::Center})
        for (const TextLine& line : test::setText(text, GetParam(), align, Direction::RightToLeft))
            for (const GlyphRun& run : line.runs) {
                const float scale = run.size / static_cast<float>(run.font->unitsPerEm());
                for (const PlacedGlyph& g : run.glyphs) {
                    const GlyphBounds ink = run.font->bounds(g.glyph);
                    if (ink.left == ink.right) continue;
                    EXPECT_GE(g.x + static_cast<float>(ink.left) * scale, -tolerance) << g.text;
                    EXPECT_LE(g.x + static_cast<float>(ink.right) * scale, GetParam() + tolerance) << g.text;
                }
            }
}

INSTANTIATE_TEST_SUITE_P(Text, LineWidth, testing::Values(60.0f, 123.5f, 250.0f));

TEST(LineBreaking, WordWiderThanTheLineIsCut) {
    const std::string word = "Supercalifragilisticexpialidocious";
    auto lines = test::setText(word, 50);
    ASSERT_GT(lines.size(), 1u);
    std::string joined;
    for (const TextLine& line : lines) {
        EXPECT_LE(rightEdge(line), 50 + tolerance);
        EXPECT_FALSE(line.runs.empty());
        joined += test::readingText(line, Direction::LeftToRight);
    }
    EXPECT_EQ(joined, word);
}

TEST(LineBreaking, UrduWordWiderThanTheLineIsCut) {
    const std::string word = "آپریٹرزآپریٹرزآپریٹرز";
    auto lines = test::setText(word, 20, LineAlign::Right, Direction::RightToLeft);
    ASSERT_GT(lines.size(), 1u);
    std::string joined;
    for (const TextLine& line : lines) {
        EXPECT_LE(test::advanceWidth(line), 20 + tolerance);
        joined += test::readingText(line, Direction::RightToLeft);
    }
    EXPECT_EQ(joined, word);
}

TEST(LineBreaking, WordWiderThanTheLineStartsOnANewLine) {
    auto texts = lineTexts(test::setText("to Supercalifragilisticexpialidocious", 50), Direction::LeftToRight);
    ASSERT_GT(texts.size(), 1u);
    EXPECT_EQ(texts.front(), "to");
}

TEST(LineBreaking, ForcedBreakEndsTheLine) {
    auto lines = setParagraph({test::span("one two"), test::lineBreak(), test::span("three")},
                              {Direction::LeftToRight, LineAlign::Left, 400}, test::fonts());
    EXPECT_EQ(lineTexts(lines, Direction::LeftToRight), (std::vector<std::string>{"one two", "three"}));
}

TEST(LineBreaking, TwoForcedBreaksLeaveAnEmptyLineOfFullHeight) {
    auto lines = setParagraph({test::span("one"), test::lineBreak(), test::lineBreak(), test::span("two")},
                              {Direction::LeftToRight, LineAlign::Left, 400}, test::fonts());
    ASSERT_EQ(lines.size(), 3u);
    EXPECT_TRUE(lines[1].runs.empty());
    EXPECT_FLOAT_EQ(lines[1].ascent, lines[0].ascent);
    EXPECT_FLOAT_EQ(lines[1].descent, lines[0].descent);
}

TEST(LineBreaking, TrailingSpacesDoNotForceABreak) {
    float natural = setLine("aaa bbb", {}, Direction::LeftToRight, test::fonts()).width;
    auto lines = test::setText("aaa bbb    ", natural);
    ASSERT_EQ(lines.size(), 1u);
    EXPECT_FLOAT_EQ(lines[0].width, natural);
}

struct AlignCase {
    const char* name;
    Direction direction;
    const std::string* text;
};

void PrintTo(const AlignCase& c, std::ostream* os) { *os << c.name; }

class Alignment : public testing::TestWithParam<AlignCase> {
protected:
    static constexpr float width = 140;
    std::vector<TextLine> set(LineAlign align) const {
        return test::setText(*GetParam().text, width, align, GetParam().direction);
    }
};

TEST_P(Alignment, JustifyFillsEveryLineButTheLast) {
    auto lines = set(LineAlign::Justify);
    ASSERT_GT(lines.size(), 2u);
    for (size_t i = 0; i + 1 < lines.size(); ++i) {
        EXPECT_NEAR(leftEdge(lines[i]), 0, tolerance) << i;
        EXPECT_NEAR(rightEdge(lines[i]), width, tolerance) << i;
        EXPECT_FLOAT_EQ(lines[i].width, width);
    }
}

TEST_P(Alignment, JustifySetsTheLastLineAtTheStart) {
    const TextLine last = set(LineAlign::Justify).back();
    float gap = width - (rightEdge(last) - leftEdge(last));
    ASSERT_GT(gap, 1);
    if (GetParam().direction == Direction::LeftToRight) EXPECT_NEAR(leftEdge(last), 0, tolerance);
    else EXPECT_NEAR(rightEdge(last), width, tolerance);
}

TEST_P(Alignment, JustifyOnlyWidensTheSpaces) {
    auto natural = set(LineAlign::Left);
    auto justified = set(LineAlign::Justify);
    ASSERT_EQ(lineTexts(natural, GetParam().direction), lineTexts(justified, GetParam().direction));
}

TEST_P(Alignment, RightPutsEveryLineFlushRight) {
    for (const TextLine& line : set(LineAlign::Right)) EXPECT_NEAR(rightEdge(line), width, tolerance);
}

TEST_P(Alignment, LeftPutsEveryLineFlushLeft) {
    for (const TextLine& line : set(LineAlign::Left)) EXPECT_NEAR(leftEdge(line), 0, tolerance);
}

TEST_P(Alignment, CenterLeavesEqualSpaceOnBothSides) {
    for (const TextLine& line : set(LineAlign::Center)) {
        EXPECT_NEAR(leftEdge(line), width - rightEdge(line), tolerance);
        EXPECT_GT(leftEdge(line), 0);
    }
}

INSTANTIATE_TEST_SUITE_P(Text, Alignment,
                         testing::Values(AlignCase{"English", Direction::LeftToRight, &english},
                                         AlignCase{"Urdu", Direction::RightToLeft, &urdu}),
                         [](const auto& info) { return std::string(info.param.name); });

TEST(Justify, LeavesTheLineBeforeAForcedBreakUnstretched) {
    auto lines = setParagraph({test::span("one two"), test::lineBreak(), test::span("three")},
                              {Direction::LeftToRight, LineAlign::Justify, 400}, test::fonts());
    ASSERT_EQ(lines.size(), 2u);
    EXPECT_LT(rightEdge(lines[0]), 100);
}

TEST(Justify, LeavesALineWithoutSpacesAtTheStart) {
    auto lines = test::setText("Supercalifragilisticexpialidocious", 50, LineAlign::Justify);
    ASSERT_GT(lines.size(), 1u);
    EXPECT_NEAR(leftEdge(lines.front()), 0, tolerance);
}

}  // namespace
}  // namespace wop::text
