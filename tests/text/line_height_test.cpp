// Line boxes: a Latin line is the nominal Noto Sans box, a Nastaliq line
// grows to the ink of its glyphs, and no glyph's ink leaves its line.
#include <gtest/gtest.h>

#include "text_support.h"

namespace wop::text {
namespace {

float nominalAscent(float size) {
    const Font& latin = test::font(FontRole::Regular);
    return static_cast<float>(latin.ascender()) * size / static_cast<float>(latin.unitsPerEm());
}

float nominalDescent(float size) {
    const Font& latin = test::font(FontRole::Regular);
    return static_cast<float>(latin.descender()) * size / static_cast<float>(latin.unitsPerEm());
}

TEST(LineHeight, LatinLineHasTheNominalAscentAndDescent) {
    TextLine line = setLine("Plain water utility", {}, Direction::LeftToRight, test::fonts());
    EXPECT_FLOAT_EQ(line.ascent, nominalAscent(10.5f));
    EXPECT_FLOAT_EQ(line.descent, nominalDescent(10.5f));
}

TEST(LineHeight, LatinLineScalesWithItsSize) {
    auto lines = setParagraph({{"Plain", {false, false, 20}, false}}, {Direction::LeftToRight, LineAlign::Left, 400},
                              test::fonts());
    ASSERT_EQ(lines.size(), 1u);
    EXPECT_FLOAT_EQ(lines[0].ascent, nominalAscent(20));
}

TEST(LineHeight, NastaliqLineRisesAboveTheNominalBoxToItsInk) {
    TextLine line = setLine("گھڑی کہیں", {}, Direction::RightToLeft, test::fonts());
    EXPECT_GT(line.ascent, nominalAscent(10.5f) + 3);
    EXPECT_FLOAT_EQ(line.ascent, test::inkTop(line));
}

TEST(LineHeight, NastaliqLineDescendsToItsInk) {
    TextLine line = setLine("ٹوپی", {}, Direction::RightToLeft, test::fonts());
    EXPECT_GT(line.descent, nominalDescent(10.5f));
    EXPECT_FLOAT_EQ(line.descent, test::inkBottom(line));
}

class InkInsideTheLine : public testing::TestWithParam<const char*> {};

TEST_P(InkInsideTheLine, NoGlyphRisesAboveOrSinksBelowIt) {
    TextLine line = setLine(GetParam(), {}, Direction::RightToLeft, test::fonts());
    EXPECT_GE(line.ascent, test::inkTop(line));
    EXPECT_GE(line.descent, test::inkBottom(line));
    EXPECT_GE(line.ascent, nominalAscent(10.5f));
    EXPECT_GE(line.descent, nominalDescent(10.5f));
}

INSTANTIATE_TEST_SUITE_P(Text, InkInsideTheLine,
                         testing::Values("Ägypten gypsy", "پاکستان واٹر آپریٹرز", "ککککک گگگ", "لاہور PWON 2016",
                                         "\u0628\u0650\u0633\u0652\u0645"));

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
