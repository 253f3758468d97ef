// Text is shaped a word at a time and each font keeps the words it has
// shaped: the lines must come out exactly as HarfBuzz shapes them whole.
#include <gtest/gtest.h>

#include "text_support.h"

namespace wop::text {
namespace {

WordShapes::Glyphs glyphs(std::vector<UnitGlyph> list) {
    return std::make_shared<const std::vector<UnitGlyph>>(std::move(list));
}

constexpr float latinSize = 10.5f;
constexpr float urduSize = 10.5f * arabicScriptScale;

TEST(WordByWord, UrduSentenceIsSetAsHarfBuzzShapesTheWholeLine) {
    // Repeated words come from the font's store the second time.
    const std::string sentence = "واسا لاہور اور واسا فیصل آباد کے درمیان پانی کے نقصان میں کمی";
    const TextLine line = setLine(sentence, {}, Direction::RightToLeft, test::fonts());
    EXPECT_EQ(test::glyphsOf(line),
              test::harfbuzzLine(test::font(FontRole::Urdu), sentence, urduSize, Direction::RightToLeft));
}

TEST(WordByWord, EnglishSentenceKeepsItsKerningAndLigatures) {
    const std::string sentence = "AVAILABLE office To Water office AVAILABLE";
    const auto set = test::glyphsOf(setLine(sentence, {}, Direction::LeftToRight, test::fonts()));
    const auto whole = test::harfbuzzLine(test::font(FontRole::Regular), sentence, latinSize, Direction::LeftToRight);
    ASSERT_EQ(set.size(), whole.size());
    for (size_t i = 0; i < set.size(); ++i) {
        EXPECT_EQ(set[i].glyph, whole[i].glyph) << "glyph " << i;
        // The line adds advances in single precision, the helper in double.
        EXPECT_NEAR(set[i].x, whole[i].x, 0.015) << "glyph " << i;
    }
}

TEST(WordByWord, TheFontKeepsAWordItHasShaped) {
    const Font& nastaliq = test::font(FontRole::Urdu);
    const ShapingProperties urdu{HB_DIRECTION_RTL, HB_SCRIPT_ARABIC, hb_language_from_string("ur", -1)};
    setLine("شراکت داری", {}, Direction::RightToLeft, test::fonts());
    EXPECT_NE(nastaliq.shapedWords().find(u"شراکت ", urdu), nullptr);
    EXPECT_NE(nastaliq.shapedWords().find(u"داری", urdu), nullptr);
}

TEST(WordByWord, ALetterJoinedToTheNextItemIsShapedInItsContext) {
    // The bold ب joins the regular letters after it: its form depends on
    // its neighbour in another run, so it cannot be taken from the store.
    StyledSpan bold = test::span("ب");
    bold.style.bold = true;
    const std::vector<TextLine> lines =
        setParagraph({bold, test::span("ب")}, {Direction::RightToLeft, LineAlign::Right, 400}, test::fonts());
    const std::vector<TextLine> alone = setParagraph({bold}, {Direction::RightToLeft, LineAlign::Right, 400}, test::fonts());
    ASSERT_EQ(lines.size(), 1u);
    ASSERT_EQ(alone.size(), 1u);
    auto glyphIds = [](const GlyphRun& run) {
        std::vector<uint32_t> ids;
        for (const PlacedGlyph& g : run.glyphs) ids.push_back(g.glyph);
        return ids;
    };
    // Runs are in visual order: the first letter of the line is in the last run.
    EXPECT_NE(glyphIds(lines[0].runs.back()), glyphIds(alone[0].runs.back())) << "the bold letter kept its isolated form";
}

TEST(WordShapes, GivesBackWhatItWasGiven) {
    WordShapes words;
    const ShapingProperties ltr{HB_DIRECTION_LTR, HB_SCRIPT_LATIN, hb_language_from_string("en", -1)};
    words.remember(u"water ", ltr, glyphs({{42, 0, 600, 0, 0}}));
    const auto found = words.find(u"water ", ltr);
    ASSERT_NE(found, nullptr);
    ASSERT_EQ(found->size(), 1u);
    EXPECT_EQ((*found)[0].glyph, 42u);
    EXPECT_EQ((*found)[0].xAdvance, 600);
}

TEST(WordShapes, DirectionScriptAndLanguageArePartOfTheWord) {
    WordShapes words;
    const ShapingProperties ltr{HB_DIRECTION_LTR, HB_SCRIPT_LATIN, hb_language_from_string("en", -1)};
    words.remember(u"water", ltr, glyphs({{42, 0, 600, 0, 0}}));
    EXPECT_EQ(words.find(u"water", {HB_DIRECTION_RTL, HB_SCRIPT_LATIN, ltr.language}), nullptr);
    EXPECT_EQ(words.find(u"water", {HB_DIRECTION_LTR, HB_SCRIPT_ARABIC, ltr.language}), nullptr);
    EXPECT_EQ(words.find(u"water", {HB_DIRECTION_LTR, HB_SCRIPT_LATIN, hb_language_from_string("ur", -1)}), nullptr);
    EXPECT_EQ(words.find(u"Water", ltr), nullptr);
}

TEST(WordShapes, AWordLongerThanAnyRealOneIsNotKept) {
    WordShapes words;
    const ShapingProperties ltr{HB_DIRECTION_LTR, HB_SCRIPT_LATIN, hb_language_from_string("en", -1)};
    const std::u16string longest(WordShapes::maxWordLength, u'a'), tooLong(WordShapes::maxWordLength + 1, u'a');
    words.remember(longest, ltr, glyphs({}));
    words.remember(tooLong, ltr, glyphs({}));
    EXPECT_NE(words.find(longest, ltr), nullptr);
    EXPECT_EQ(words.find(tooLong, ltr), nullptr);
}

TEST(WordShapes, StartsOverRatherThanGrowWithoutEnd) {
    WordShapes words;
    const ShapingProperties ltr{HB_DIRECTION_LTR, HB_SCRIPT_LATIN, hb_language_from_string("en", -1)};
    words.remember(u"first", ltr, glyphs({}));
    for (size_t i = 0; i < WordShapes::maxWords; ++i) {
        const std::string digits = std::to_string(i);
        words.remember(std::u16string(digits.begin(), digits.end()), ltr, glyphs({}));
    }
    EXPECT_EQ(words.find(u"first", ltr), nullptr);
}

}  // namespace
}  // namespace wop::text
