// Values in Urdu text keep their reading: a number with its unit, a range
// with its arrow, a reference, a phone number and a value left in English
// each read left to right as a whole, where the sentence around them reads
// right to left.
#include <gtest/gtest.h>

#include "text/embedded_values.h"
#include "text/utf16.h"
#include "text_difference.h"
#include "text_support.h"

namespace wop::text {
namespace {

// The line as it stands on the page, left to right (what a PDF extractor
// reads before it puts right-to-left runs back in reading order).
std::string visual(const TextLine& line) {
    std::string text;
    for (const GlyphRun& run : line.runs) text += run.visualText();
    return text;
}

TextLine urduLine(const std::string& text) { return setLine(text, {}, Direction::RightToLeft, test::fonts()); }

// The x of the glyph carrying `text`, the first from the left.
float xOf(const TextLine& line, const std::string& text) {
    for (const GlyphRun& run : line.runs)
        for (const PlacedGlyph& g : run.glyphs)
            if (g.text == text) return g.x;
    ADD_FAILURE() << text << " not in " << visual(line);
    return 0;
}

TEST(EmbeddedValues, PercentFollowsItsNumberLeftToRight) {
    TextLine line = urduLine("غیر محصولی پانی 41 % رہا");
    EXPECT_NE(visual(line).find("41 %"), std::string::npos) << visual(line);
    EXPECT_LT(xOf(line, "4"), xOf(line, "1"));
    EXPECT_LT(xOf(line, "1"), xOf(line, "%"));
}

TEST(EmbeddedValues, UnitOfUnitsFollowsItsNumber) {
    for (const char* value : {"10 h/day", "72 h", "1.53 %", "9,000", "2 m³/h"}) {
        TextLine line = urduLine(std::string("فراہمی آب ") + value + " رہی");
        EXPECT_NE(visual(line).find(value), std::string::npos) << value << ": " << visual(line);
    }
}

// "indicator: baseline ← achieved": each value whole, the arrow between them
// pointing the way the sentence reads, from the baseline on the right to
// the result on the left.
TEST(EmbeddedValues, ArrowPointsFromTheBaselineToTheResultInReadingOrder) {
    TextLine line = urduLine("غیر محصولی پانی: 41 % ← 29.5 %");
    const std::string seen = visual(line);
    const size_t achieved = seen.find("29.5 %"), arrow = seen.find("←"), baseline = seen.find("41 %");
    ASSERT_NE(achieved, std::string::npos) << seen;
    ASSERT_NE(baseline, std::string::npos) << seen;
    EXPECT_LT(achieved, arrow) << seen;
    EXPECT_LT(arrow, baseline) << seen;
}

TEST(EmbeddedValues, LatinValueKeepsItsFullStop) {
    for (const char* sentence : {"Water and Sanitation Agency (WASA), Hyderabad.",
                                 "درخواست گزار: Water and Sanitation Agency (WASA), Hyderabad."}) {
        TextLine line = urduLine(sentence);
        EXPECT_NE(visual(line).find("Water and Sanitation Agency (WASA), Hyderabad."), std::string::npos)
            << visual(line);
        EXPECT_LT(xOf(line, "W"), xOf(line, ".")) << "the full stop ends the value, on its right";
    }
}

TEST(EmbeddedValues, UrduFullStopAfterAValueStaysTheSentences) {
    TextLine line = urduLine("کمی 41 %۔");
    EXPECT_LT(xOf(line, "۔"), xOf(line, "4")) << "۔ ends the sentence, on the left";
    EXPECT_NE(visual(line).find("41 %"), std::string::npos) << visual(line);
}

TEST(EmbeddedValues, ReferencesAndPhoneNumbersReadAsWritten) {
    for (const char* value : {"PWON/WOP/2024/02/LOI", "+92 42 9926 3100", "info@wasa.gop.pk"}) {
        TextLine line = urduLine(std::string("حوالہ ") + value + " درج ہے");
        EXPECT_NE(visual(line).find(value), std::string::npos) << value << ": " << visual(line);
    }
}

// Glyphs with neither ink nor text: Nastaliq has a few of its own.
size_t unseenGlyphs(const TextLine& line) {
    size_t count = 0;
    for (const GlyphRun& run : line.runs)
        for (const PlacedGlyph& g : run.glyphs) {
            const GlyphBounds ink = run.font->bounds(g.glyph);
            count += g.text.empty() && ink.top == ink.bottom;
        }
    return count;
}

TEST(EmbeddedValues, IsolatesAreNeitherDrawnNorRead) {
    TextLine line = urduLine("کمی 41 % ہوئی");
    std::string leftToRight;
    for (const GlyphRun& run : line.runs) {
        if (!run.rightToLeft) leftToRight += run.logicalText();
        for (const PlacedGlyph& g : run.glyphs)
            for (const char* isolate : {"\u2066", "\u2069"})
                EXPECT_EQ(g.text.find(isolate), std::string::npos) << "an isolate in a cluster's text";
    }
    EXPECT_EQ(leftToRight, "41 %");
    EXPECT_EQ(unseenGlyphs(line), unseenGlyphs(urduLine("کمی ہوئی")));
}

TEST(EmbeddedValues, LeftToRightParagraphIsNotTouched) {
    TextLine line = setLine("NRW fell from 41 % to 29.5 %.", {}, Direction::LeftToRight, test::fonts());
    EXPECT_EQ(visual(line), "NRW fell from 41 % to 29.5 %.");
}

// The stretches themselves.
std::vector<std::u16string> valuesIn(const std::string& utf8) {
    const std::u16string text = toUtf16(utf8);
    std::vector<std::u16string> found;
    for (const TextRange& range : leftToRightValues(text))
        found.push_back(text.substr(static_cast<size_t>(range.start), static_cast<size_t>(range.end - range.start)));
    return found;
}

TEST(LeftToRightValues, EndWhereTheSentenceGoesOn) {
    EXPECT_EQ(valuesIn("1 مارچ 2025 تا 30 ستمبر 2025 (7 ماہ)"),
              (std::vector<std::u16string>{u"1", u"2025", u"30", u"2025", u"7"}));
    EXPECT_EQ(valuesIn("DMA-3: 41 % ← 29.5 %"), (std::vector<std::u16string>{u"DMA-3: 41 %", u"29.5 %"}));
    EXPECT_EQ(valuesIn("کمی (1.53 %)۔"), (std::vector<std::u16string>{u"1.53 %"}));
    EXPECT_EQ(valuesIn("اسکور 100%؛ کوئی (–)"), (std::vector<std::u16string>{u"100%"}));
    EXPECT_EQ(valuesIn("WASA، PWON اور"), (std::vector<std::u16string>{u"WASA", u"PWON"}));
}

TEST(LeftToRightValues, TakeBracketsOnlyWhenTheyCloseInside) {
    EXPECT_EQ(valuesIn("ادارہ Agency (WASA) Hyderabad کا"),
              (std::vector<std::u16string>{u"Agency (WASA) Hyderabad"}));
    EXPECT_EQ(valuesIn("2025 (7"), (std::vector<std::u16string>{u"2025", u"7"}));
}

TEST(LeftToRightValues, TakeAFullStopOnlyAtTheEndOfTheLine) {
    EXPECT_EQ(valuesIn("نام Hyderabad."), (std::vector<std::u16string>{u"Hyderabad."}));
    EXPECT_EQ(valuesIn("نام Hyderabad. اور"), (std::vector<std::u16string>{u"Hyderabad"}));
    EXPECT_EQ(valuesIn("نام Hyderabad.\u2028اور"), (std::vector<std::u16string>{u"Hyderabad."}));
}

// A mark, a skin-tone modifier or a joiner belongs to the letter before it:
// a value that ends in that letter ends after it.
TEST(LeftToRightValues, TakeWhatContinuesTheirLastLetter) {
    EXPECT_EQ(valuesIn("نام wo\U0001F3FDr اور"), (std::vector<std::u16string>{u"wo\U0001F3FDr"}));
    EXPECT_EQ(valuesIn("نام ok\U0001F3FD اور"), (std::vector<std::u16string>{u"ok\U0001F3FD"}));
    EXPECT_EQ(valuesIn("نام a\u200D اور"), (std::vector<std::u16string>{u"a\u200D"}));
}

// Left out of the value, the modifier was shaped into the cluster of the
// isolate closing it, which a line leaves out: the fuzzer's
// skin-tone-modifier.bin.
TEST(EmbeddedValues, ModifierAfterAValueIsNotLost) {
    const std::string written = "نام wo\U0001F3FDr اور";
    const TextLine line = urduLine(written);
    const test::TextDifference difference = test::compareText({test::span(written)}, {line});
    EXPECT_TRUE(difference.empty()) << testing::PrintToString(difference.missing);
}

}  // namespace
}  // namespace wop::text
