// Urdu shaped in Noto Nastaliq Urdu: golden glyphs and positions, the same
// sequence HarfBuzz gives on its own, contextual forms, and cluster texts
// that give back exactly what was written.
#include <gtest/gtest.h>

#include <hb-ot.h>

#include <set>

#include "text_support.h"

namespace wop::text {
namespace {

using test::GlyphAt;

const Font& nastaliq() { return test::font(FontRole::Urdu); }

// The size setLine gives Urdu at the default 10.5 pt.
constexpr float urduSize = 10.5f * arabicScriptScale;

std::string versionOf(const Font& font) {
    char buffer[256];
    unsigned size = sizeof buffer;
    hb_ot_name_get_utf8(font.hbFace(), HB_OT_NAME_ID_VERSION_STRING, HB_LANGUAGE_INVALID, &size, buffer);
    return std::string(buffer, size);
}

TEST(UrduShaping, GoldenValuesAreForNotoNastaliqUrdu2) {
    EXPECT_EQ(nastaliq().postscriptName(), "NotoNastaliqUrdu-Regular");
    EXPECT_EQ(versionOf(nastaliq()).rfind("Version 2.000;", 0), 0u)
        << "the golden values below were recorded with Noto Nastaliq Urdu 2.000, this is " << versionOf(nastaliq());
}

struct Golden {
    const char* name;
    const char* word;
    std::vector<GlyphAt> glyphs;  // visual order, left to right; x in points at 11.76 pt
};

void PrintTo(const Golden& g, std::ostream* os) { *os << g.name; }

// Recorded from this engine and checked by eye: one base glyph per letter,
// the dots of ٹ ڈ ڑ (glyph 59) and of ب ی ن as separate marks, and every
// word laid out from x = 0 at its final (leftmost) letter, or as far in as
// that letter's ink reaches out to the left (the tail of ر in لاہور).
const Golden goldens[] = {
    {"TeTeTe", "ٹٹٹ", {{59, 6.97}, {233, 0.00}, {59, 14.64}, {366, 13.95}, {59, 18.63}, {972, 17.44}, {303, 17.44}}},
    {"Danda", "ڈنڈا",
     {{224, 0.00}, {113, 6.46}, {238, 3.88}, {11, 9.87}, {974, 8.14}, {284, 8.14}, {59, 13.90}, {237, 12.35}}},
    {"Ghari", "گھڑی", {{275, 0.00}, {59, 12.56}, {335, 10.11}, {476, 16.13}, {972, 19.02}, {421, 19.02}}},
    {"Kahin", "کہیں", {{235, 0.00}, {15, 10.36}, {372, 8.81}, {73, 12.64}, {811, 11.36}, {972, 15.88}, {727, 15.88}}},
    {"BeLaag", "بےلاگ", {{420, 0.00}, {281, 13.63}, {269, 17.12}, {255, 19.53}, {14, 25.07}, {334, 23.71}}},
    {"Lahore", "لاہور", {{239, 0.55}, {382, 5.33}, {73, 10.51}, {972, 8.36}, {502, 8.36}, {281, 14.62}, {269, 18.11}}},
};

class UrduWord : public testing::TestWithParam<Golden> {
protected:
    TextLine line() const { return setLine(GetParam().word, {}, Direction::RightToLeft, test::fonts()); }
};

TEST_P(UrduWord, IsOneRightToLeftNastaliqRun) {
    TextLine l = line();
    ASSERT_EQ(l.runs.size(), 1u);
    EXPECT_EQ(l.runs[0].font, &nastaliq());
    EXPECT_FLOAT_EQ(l.runs[0].size, urduSize);
    EXPECT_TRUE(l.runs[0].rightToLeft);
}

TEST_P(UrduWord, MatchesTheGoldenGlyphsAndPositions) { EXPECT_EQ(test::glyphsOf(line()), GetParam().glyphs); }

// The same glyphs at the same distances from the first: the line may move
// them all in.
TEST_P(UrduWord, MatchesHarfBuzzShapingTheWordItself) {
    const std::vector<GlyphAt> set = test::glyphsOf(line());
    const std::vector<GlyphAt> shaped = test::harfbuzzLine(nastaliq(), GetParam().word, urduSize, Direction::RightToLeft);
    ASSERT_EQ(set.size(), shaped.size());
    for (size_t i = 0; i < set.size(); ++i) {
        EXPECT_EQ(set[i].glyph, shaped[i].glyph) << i;
        EXPECT_NEAR(set[i].x - set[0].x, shaped[i].x - shaped[0].x, 0.011) << i;
    }
}

TEST_P(UrduWord, HasNoMissingGlyph) {
    for (const GlyphAt& g : test::glyphsOf(line())) EXPECT_NE(g.glyph, 0u);
}

TEST_P(UrduWord, ClusterTextsReadBackTheWord) {
    EXPECT_EQ(test::readingText(line(), Direction::RightToLeft), GetParam().word);
}

INSTANTIATE_TEST_SUITE_P(Golden, UrduWord, testing::ValuesIn(goldens),
                         [](const auto& info) { return std::string(info.param.name); });

// The glyphs that carry `letter` as their text, in visual order.
std::vector<uint32_t> carriersOf(const TextLine& line, const std::string& letter) {
    std::vector<uint32_t> ids;
    for (const GlyphRun& run : line.runs)
        for (const PlacedGlyph& g : run.glyphs)
            if (g.text == letter) ids.push_back(g.glyph);
    return ids;
}

class JoiningLetter : public testing::TestWithParam<const char*> {};

TEST_P(JoiningLetter, TakesAnotherGlyphInEachPosition) {
    std::string letter = GetParam();
    auto isolated = carriersOf(setLine(letter, {}, Direction::RightToLeft, test::fonts()), letter);
    auto joined = carriersOf(setLine(letter + letter + letter, {}, Direction::RightToLeft, test::fonts()), letter);
    ASSERT_EQ(isolated.size(), 1u);
    ASSERT_EQ(joined.size(), 3u);  // final, medial, initial from left to right
    std::set<uint32_t> forms{isolated[0], joined[0], joined[1], joined[2]};
    EXPECT_EQ(forms.size(), 4u) << "isolated " << isolated[0] << ", final " << joined[0] << ", medial " << joined[1]
                                << ", initial " << joined[2];
}

INSTANTIATE_TEST_SUITE_P(Urdu, JoiningLetter, testing::Values("ٹ", "ک", "گ", "ہ", "ھ", "ی", "ل"));

TEST(UrduShaping, NonJoiningLetterKeepsItsFormBeforeAnother) {
    // ڈ does not join to the left: after it, ڈ starts afresh in the same form.
    auto ids = carriersOf(setLine("ڈڈ", {}, Direction::RightToLeft, test::fonts()), "ڈ");
    ASSERT_EQ(ids.size(), 2u);
    EXPECT_EQ(ids[0], ids[1]);
}

TEST(UrduShaping, DiacriticTravelsWithItsLetter) {
    TextLine l = setLine("فِعل", {}, Direction::RightToLeft, test::fonts());
    EXPECT_EQ(carriersOf(l, "فِ").size(), 1u);
    EXPECT_EQ(test::readingText(l, Direction::RightToLeft), "فِعل");
}

TEST(LatinShaping, LigatureCarriesAllItsLetters) {
    TextLine l = setLine("office", {}, Direction::LeftToRight, test::fonts());
    ASSERT_EQ(l.runs.size(), 1u);
    EXPECT_LT(l.runs[0].glyphs.size(), 6u) << "no ligature formed";
    EXPECT_EQ(l.runs[0].logicalText(), "office");
}

}  // namespace
}  // namespace wop::text
