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
    EXPECT_NE(nastaliq.shapedWords().find({.word = u"شراکت "}, urdu), nullptr);
    EXPECT_NE(nastaliq.shapedWords().find({.word = u"داری"}, urdu), nullptr);
}

TEST(WordByWord, ALetterJoinedToTheNextItemIsShapedInItsContext) {
    // The bold ب joins the regular letters after it: its form depends on
    // its neighbour in another run, not only on itself.
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

// The store keeps such a word with its neighbours: set again beside the
// same letter it comes back joined, beside a letter that does not join it
// is shaped again, isolated.
TEST(WordByWord, AWordShapedInItsContextIsKeptWithIt) {
    StyledSpan bold = test::span("ب");
    bold.style.bold = true;
    const ParagraphStyle style{Direction::RightToLeft, LineAlign::Right, 400};
    // Runs are in visual order: the first letter's is the last.
    auto glyphIds = [](const std::vector<TextLine>& lines) {
        std::vector<uint32_t> ids;
        for (const PlacedGlyph& g : lines.at(0).runs.back().glyphs) ids.push_back(g.glyph);
        return ids;
    };
    auto boldGlyph = [&](const std::string& next) {
        return glyphIds(setParagraph({bold, test::span(next)}, style, test::fonts()));
    };
    const std::vector<uint32_t> joined = boldGlyph("ب");
    const Font& boldNastaliq = test::font(FontRole::UrduBold);
    const ShapingProperties urdu{HB_DIRECTION_RTL, HB_SCRIPT_ARABIC, hb_language_from_string("ur", -1)};
    EXPECT_NE(boldNastaliq.shapedWords().find({u"", u"ب", u"ب"}, urdu), nullptr);
    EXPECT_EQ(boldGlyph("ب"), joined);
    const std::vector<uint32_t> beforeBracket = boldGlyph(")");
    EXPECT_NE(beforeBracket, joined) << "the joined form was taken for a letter that does not join";
    EXPECT_EQ(beforeBracket, glyphIds(setParagraph({bold}, style, test::fonts())));
}

TEST(WordShapes, GivesBackWhatItWasGiven) {
    WordShapes words;
    const ShapingProperties ltr{HB_DIRECTION_LTR, HB_SCRIPT_LATIN, hb_language_from_string("en", -1)};
    words.remember({.word = u"water "}, ltr, glyphs({{42, 0, 600, 0, 0}}));
    const auto found = words.find({.word = u"water "}, ltr);
    ASSERT_NE(found, nullptr);
    ASSERT_EQ(found->size(), 1u);
    EXPECT_EQ((*found)[0].glyph, 42u);
    EXPECT_EQ((*found)[0].xAdvance, 600);
}

TEST(WordShapes, DirectionScriptAndLanguageArePartOfTheWord) {
    WordShapes words;
    const ShapingProperties ltr{HB_DIRECTION_LTR, HB_SCRIPT_LATIN, hb_language_from_string("en", -1)};
    words.remember({.word = u"water"}, ltr, glyphs({{42, 0, 600, 0, 0}}));
    EXPECT_EQ(words.find({.word = u"water"}, {HB_DIRECTION_RTL, HB_SCRIPT_LATIN, ltr.language}), nullptr);
    EXPECT_EQ(words.find({.word = u"water"}, {HB_DIRECTION_LTR, HB_SCRIPT_ARABIC, ltr.language}), nullptr);
    EXPECT_EQ(words.find({.word = u"water"}, {HB_DIRECTION_LTR, HB_SCRIPT_LATIN, hb_language_from_string("ur", -1)}), nullptr);
    EXPECT_EQ(words.find({.word = u"Water"}, ltr), nullptr);
}

TEST(WordShapes, TheCharactersAroundArePartOfTheWord) {
    WordShapes words;
    const ShapingProperties rtl{HB_DIRECTION_RTL, HB_SCRIPT_ARABIC, hb_language_from_string("ur", -1)};
    words.remember({u"", u"ب", u"ب"}, rtl, glyphs({{7, 0, 300, 0, 0}}));
    EXPECT_NE(words.find({u"", u"ب", u"ب"}, rtl), nullptr);
    EXPECT_EQ(words.find({.word = u"ب"}, rtl), nullptr);
    EXPECT_EQ(words.find({u"", u"ب", u")"}, rtl), nullptr);
    EXPECT_EQ(words.find({u"ب", u"ب", u""}, rtl), nullptr);
}

TEST(WordShapes, AWordLongerThanAnyRealOneIsNotKept) {
    WordShapes words;
    const ShapingProperties ltr{HB_DIRECTION_LTR, HB_SCRIPT_LATIN, hb_language_from_string("en", -1)};
    const std::u16string longest(WordShapes::maxWordLength, u'a'), tooLong(WordShapes::maxWordLength + 1, u'a');
    words.remember({.word = longest}, ltr, glyphs({}));
    words.remember({.word = tooLong}, ltr, glyphs({}));
    EXPECT_NE(words.find({.word = longest}, ltr), nullptr);
    EXPECT_EQ(words.find({.word = tooLong}, ltr), nullptr);
}

TEST(WordShapes, StartsOverRatherThanGrowWithoutEnd) {
    WordShapes words;
    const ShapingProperties ltr{HB_DIRECTION_LTR, HB_SCRIPT_LATIN, hb_language_from_string("en", -1)};
    words.remember({.word = u"first"}, ltr, glyphs({}));
    for (size_t i = 0; i < WordShapes::maxWords; ++i) {
        const std::string digits = std::to_string(i);
        words.remember({.word = std::u16string(digits.begin(), digits.end())}, ltr, glyphs({}));
    }
    EXPECT_EQ(words.find({.word = u"first"}, ltr), nullptr);
}

}  // namespace
}  // namespace wop::text
