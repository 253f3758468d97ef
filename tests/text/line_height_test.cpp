// Line boxes: one per paragraph, from the declared ascent and descent of its
// fonts at its size: Noto Sans's, and Nastaliq's where it holds Urdu.
// Neither tall letters nor bold change it from line to line.
#include <gtest/gtest.h>

#include "text_support.h"

namespace wop::text {
namespace {

float declaredAscent(FontRole role, float size) {
    const Font& font = test::font(role);
    return static_cast<float>(font.ascender()) * size / static_cast<float>(font.unitsPerEm());
}

float declaredDescent(FontRole role, float size) {
    const Font& font = test::font(role);
    return static_cast<float>(font.descender()) * size / static_cast<float>(font.unitsPerEm());
}

TEST(LineHeight, LatinLineHasTheNominalAscentAndDescent) {
    TextLine line = setLine("Plain water utility", {}, Direction::LeftToRight, test::fonts());
    EXPECT_FLOAT_EQ(line.ascent, declaredAscent(FontRole::Regular, 10.5f));
    EXPECT_FLOAT_EQ(line.descent, declaredDescent(FontRole::Regular, 10.5f));
    EXPECT_FLOAT_EQ(line.size, 10.5f);
}

TEST(LineHeight, LatinLineScalesWithItsSize) {
    auto lines = setParagraph({{"Plain", {false, false, 20}, false}}, {Direction::LeftToRight, LineAlign::Left, 400},
                              test::fonts());
    ASSERT_EQ(lines.size(), 1u);
    EXPECT_FLOAT_EQ(lines[0].ascent, declaredAscent(FontRole::Regular, 20));
}

TEST(LineHeight, UrduLineHasNastaliqsDeclaredBoxWhateverItsLetters) {
    for (const char* text : {"گھڑی کہیں", "اور دو", "ٹوپی"}) {
        TextLine line = setLine(text, {}, Direction::RightToLeft, test::fonts());
        EXPECT_FLOAT_EQ(line.ascent, declaredAscent(FontRole::Urdu, 10.5f * arabicScriptScale)) << text;
        EXPECT_FLOAT_EQ(line.descent, declaredDescent(FontRole::Urdu, 10.5f * arabicScriptScale)) << text;
    }
}

TEST(LineHeight, NastaliqDeclaresRoomAboveLatinsBox) {
    TextLine line = setLine("گھڑی", {}, Direction::RightToLeft, test::fonts());
    EXPECT_GT(line.ascent, declaredAscent(FontRole::Regular, 10.5f) * 1.5f);
    EXPECT_GE(line.ascent, test::inkTop(line));
}

// Lines of one paragraph: tall letters in one (ک گ ٹ stacked), short ones
// in the next (ا د ر و), Latin in a third, bold in a fourth.
std::vector<TextLine> mixedLines(Direction direction) {
    std::vector<StyledSpan> spans = {test::span("کہیں گھڑی ٹکٹ"), test::lineBreak(), test::span("اور دو دور"),
                                     test::lineBreak(), test::span("PWON 2024"), test::lineBreak(),
                                     {"گھڑی کہیں", {true, false, 10.5f}, false}};
    return setParagraph(spans, {direction, LineAlign::Right, 400}, test::fonts());
}

TEST(LineHeight, EveryLineOfAParagraphHasTheSameBox) {
    for (Direction direction : {Direction::RightToLeft, Direction::LeftToRight}) {
        auto lines = mixedLines(direction);
        ASSERT_EQ(lines.size(), 4u);
        for (const TextLine& line : lines) {
            EXPECT_FLOAT_EQ(line.ascent, lines[0].ascent);
            EXPECT_FLOAT_EQ(line.descent, lines[0].descent);
        }
        EXPECT_FLOAT_EQ(lines[0].ascent, declaredAscent(FontRole::Urdu, 10.5f * arabicScriptScale));
    }
}

class BoldInAParagraph : public testing::TestWithParam<const char*> {};

TEST_P(BoldInAParagraph, LeavesItsBoxAsItIs) {
    const ParagraphStyle style{Direction::RightToLeft, LineAlign::Right, 400};
    TextLine plain = setParagraph({test::span(GetParam())}, style, test::fonts()).front();
    TextLine bold = setParagraph({{GetParam(), {true, false, 10.5f}, false}}, style, test::fonts()).front();
    TextLine some = setParagraph({test::span(GetParam()), {" " + std::string(GetParam()), {true, false, 10.5f}, false}},
                                 style, test::fonts())
                        .front();
    for (const TextLine* line : {&bold, &some}) {
        EXPECT_FLOAT_EQ(line->ascent, plain.ascent);
        EXPECT_FLOAT_EQ(line->descent, plain.descent);
    }
}

INSTANTIATE_TEST_SUITE_P(Text, BoldInAParagraph, testing::Values("گھڑی کہیں", "Plain water"));

TEST(ClusterText, UrduParagraphLinesReadBackTheInput) {
    const std::string sentence = "پاکستان واٹر آپریٹرز نیٹ ورک اور واسا لاہور کے درمیان معاہدہ ہوا";
    auto lines = test::setText(sentence, 90, LineAlign::Right, Direction::RightToLeft);
    ASSERT_GT(lines.size(), 1u);
    std::string joined;
    for (const TextLine& line : lines) joined += (joined.empty() ? "" : " ") + test::readingText(line, Direction::RightToLeft);
    EXPECT_EQ(joined, sentence);
}

TEST(ClusterText, TrailingSpaceIsNotPartOfTheLine) {
    TextLine line = setLine("ورک اور  ", {}, Direction::RightToLeft, test::fonts());
    EXPECT_EQ(test::readingText(line, Direction::RightToLeft), "ورک اور");
}

TEST(ClusterText, LatinLineReadsBackTheInput) {
    TextLine line = setLine("Efficient office, fine flow", {}, Direction::LeftToRight, test::fonts());
    EXPECT_EQ(test::readingText(line, Direction::LeftToRight), "Efficient office, fine flow");
}

TEST(ClusterText, EveryCharacterIsCarriedOnce) {
    TextLine line = setLine("بِسْمِ اللّٰہ", {}, Direction::RightToLeft, test::fonts());
    size_t carriers = 0, glyphs = 0;
    for (const GlyphRun& run : line.runs)
        for (const PlacedGlyph& g : run.glyphs) {
            ++glyphs;
            carriers += g.text.empty() ? 0 : 1;
        }
    EXPECT_LT(carriers, glyphs) << "marks carry no text";
    EXPECT_EQ(test::readingText(line, Direction::RightToLeft), "بِسْمِ اللّٰہ");
}

}  // namespace
}  // namespace wop::text
