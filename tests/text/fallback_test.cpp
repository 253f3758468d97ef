// Every character finds a font that has it: Urdu letters in Nastaliq, a
// letter Nastaliq lacks in Naskh, Latin in Noto Sans, whatever the
// paragraph's language.
#include <gtest/gtest.h>

#include "text_support.h"

namespace wop::text {
namespace {

// ڕ (U+0695, Kurdish reh with small v below): in Naskh, not in Nastaliq.
const char32_t missingFromNastaliq = U'\u0695';
const std::string missingLetter = "\u0695";

const GlyphRun* runOf(const TextLine& line, const std::string& text) {
    for (const GlyphRun& run : line.runs)
        if (run.logicalText() == text) return &run;
    return nullptr;
}

TEST(FontFallback, TheLetterIsInNaskhButNotInNastaliq) {
    EXPECT_FALSE(test::font(FontRole::Urdu).covers(missingFromNastaliq));
    EXPECT_TRUE(test::font(FontRole::ArabicFallback).covers(missingFromNastaliq));
}

TEST(FontFallback, LetterMissingFromNastaliqIsSetInNaskh) {
    TextLine line = setLine("ب " + missingLetter + " ب", {}, Direction::RightToLeft, test::fonts());
    const GlyphRun* run = runOf(line, missingLetter);
    ASSERT_NE(run, nullptr) << testing::PrintToString(test::runTexts(line));
    EXPECT_EQ(run->font, &test::font(FontRole::ArabicFallback));
    ASSERT_EQ(run->glyphs.size(), 1u);
    EXPECT_NE(run->glyphs[0].glyph, 0u) << "set as .notdef";
    hb_codepoint_t isolated = 0;  // the letter stands alone: its nominal glyph
    hb_font_get_nominal_glyph(test::font(FontRole::ArabicFallback).hbFont(), missingFromNastaliq, &isolated);
    EXPECT_EQ(run->glyphs[0].glyph, isolated);
}

TEST(FontFallback, NaskhIsScaledLikeNastaliq) {
    TextLine line = setLine(missingLetter, {}, Direction::RightToLeft, test::fonts());
    ASSERT_EQ(line.runs.size(), 1u);
    EXPECT_FLOAT_EQ(line.runs[0].size, 10.5f * arabicScriptScale);
}

TEST(FontFallback, BoldLetterMissingFromNastaliqIsSetInBoldNaskh) {
    TextLine line = setParagraph({{missingLetter, {true, false, 10.5f}, false}},
                                 {Direction::RightToLeft, LineAlign::Right, 400}, test::fonts())
                        .front();
    ASSERT_EQ(line.runs.size(), 1u);
    EXPECT_EQ(line.runs[0].font, &test::font(FontRole::ArabicFallbackBold));
}

TEST(FontFallback, UrduLetterInAnEnglishParagraphIsSetInNastaliq) {
    TextLine line = setLine("WASA لاہور", {}, Direction::LeftToRight, test::fonts());
    const GlyphRun* run = runOf(line, "لاہور");
    ASSERT_NE(run, nullptr) << testing::PrintToString(test::runTexts(line));
    EXPECT_EQ(run->font, &test::font(FontRole::Urdu));
}

struct LatinCase {
    const char* name;
    TextStyle style;
    FontRole role;
};

void PrintTo(const LatinCase& c, std::ostream* os) { *os << c.name; }

class LatinInUrdu : public testing::TestWithParam<LatinCase> {};

TEST_P(LatinInUrdu, IsSetInTheNotoSansOfItsStyle) {
    auto lines = setParagraph({{"واسا PWON لاہور", GetParam().style, false}},
                              {Direction::RightToLeft, LineAlign::Right, 400}, test::fonts());
    ASSERT_EQ(lines.size(), 1u);
    const GlyphRun* run = runOf(lines[0], "PWON");
    ASSERT_NE(run, nullptr) << testing::PrintToString(test::runTexts(lines[0]));
    EXPECT_EQ(run->font, &test::font(GetParam().role));
    EXPECT_FLOAT_EQ(run->size, GetParam().style.size);
    for (const PlacedGlyph& g : run->glyphs) EXPECT_NE(g.glyph, 0u);
}

INSTANTIATE_TEST_SUITE_P(Text, LatinInUrdu,
                         testing::Values(LatinCase{"Regular", {false, false, 10.5f}, FontRole::Regular},
                                         LatinCase{"Bold", {true, false, 10.5f}, FontRole::Bold},
                                         LatinCase{"Italic", {false, true, 9}, FontRole::Italic},
                                         LatinCase{"BoldItalic", {true, true, 12}, FontRole::BoldItalic}),
                         [](const auto& info) { return std::string(info.param.name); });

TEST(FontFallback, BoldUrduIsSetInBoldNastaliq) {
    auto lines = setParagraph({{"لاہور", {true, false, 10.5f}, false}}, {Direction::RightToLeft, LineAlign::Right, 400},
                              test::fonts());
    ASSERT_EQ(lines.size(), 1u);
    ASSERT_EQ(lines[0].runs.size(), 1u);
    EXPECT_EQ(lines[0].runs[0].font, &test::font(FontRole::UrduBold));
}

// 𝑥 (MATHEMATICAL ITALIC SMALL X): in none of the document's fonts, in
// Debian's Noto Sans Math (fonts-noto-core) and DejaVu's: the Noto design
// of the document's own fonts comes first.
TEST(InstalledFonts, CharacterNoDocumentFontHasIsSetFromOneOfTheSameDesign) {
    const char32_t x = U'\U0001D465';
    for (const Font* font : test::fonts().all()) EXPECT_FALSE(font->covers(x)) << font->family();
    TextLine line = setLine("a = \U0001D465 + 1", {}, Direction::LeftToRight, test::fonts());
    const GlyphRun* run = runOf(line, "\U0001D465");
    ASSERT_NE(run, nullptr) << testing::PrintToString(test::runTexts(line));
    EXPECT_EQ(run->font->family(), "Noto Sans Math");
    ASSERT_EQ(run->glyphs.size(), 1u);
    EXPECT_NE(run->glyphs[0].glyph, 0u);
    EXPECT_TRUE(run->missingCharacters().empty());
}

TEST(InstalledFonts, AlsoInUrduText) {
    TextLine line = setLine("قدر \U0001D465 ہے", {}, Direction::RightToLeft, test::fonts());
    const GlyphRun* run = runOf(line, "\U0001D465");
    ASSERT_NE(run, nullptr) << testing::PrintToString(test::runTexts(line));
    EXPECT_EQ(run->font->family(), "Noto Sans Math");
}

// A private-use character means something only in a font that defines it:
// none is looked for, and it stays the document font's empty box.
TEST(InstalledFonts, PrivateUseCharacterIsMissing) {
    TextLine line = setLine("code \uE123 here", {}, Direction::LeftToRight, test::fonts());
    std::vector<char32_t> missing;
    for (const GlyphRun& run : line.runs)
        for (char32_t c : run.missingCharacters()) missing.push_back(c);
    EXPECT_EQ(missing, std::vector<char32_t>{U'\uE123'});
}

// A skin-tone modifier (U+1F3FD) is in no font here, and HarfBuzz shapes it
// into the cluster of the letter before it: its empty box still carries it,
// so that it is reported missing as a character alone would be, whichever
// way the paragraph reads.
TEST(InstalledFonts, ModifierNoFontHasIsMissingInTheClusterOfALetter) {
    for (const Font* font : test::fonts().all()) ASSERT_FALSE(font->covers(U'\U0001F3FD')) << font->family();
    for (Direction direction : {Direction::LeftToRight, Direction::RightToLeft}) {
        TextLine line = setLine("ok\U0001F3FD", {}, direction, test::fonts());
        std::vector<char32_t> missing;
        std::string text;
        for (const GlyphRun& run : line.runs) {
            for (char32_t c : run.missingCharacters()) missing.push_back(c);
            text += run.logicalText();
        }
        EXPECT_EQ(missing, std::vector<char32_t>{U'\U0001F3FD'});
        EXPECT_EQ(text, "ok\U0001F3FD");
    }
}

}  // namespace
}  // namespace wop::text
