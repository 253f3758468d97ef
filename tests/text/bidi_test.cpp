// Bidirectional text: embedded Latin and digits in an Urdu paragraph, and
// an Urdu name in an English one, are placed in visual order while each run
// keeps its own reading direction and text.
#include <gtest/gtest.h>

#include <algorithm>

#include "text_support.h"

namespace wop::text {
namespace {

// The run whose logical text, without surrounding spaces, is `text`.
const GlyphRun* runReading(const TextLine& line, const std::string& text) {
    for (const GlyphRun& run : line.runs) {
        std::string t = run.logicalText();
        size_t first = t.find_first_not_of(' '), last = t.find_last_not_of(' ');
        if (first != std::string::npos && t.substr(first, last - first + 1) == text) return &run;
    }
    return nullptr;
}

float leftmostX(const GlyphRun& run) {
    float x = run.glyphs.front().x;
    for (const PlacedGlyph& g : run.glyphs) x = std::min(x, g.x);
    return x;
}

// The x of the glyph carrying `letter` (its first occurrence in visual order).
float xOfLetter(const GlyphRun& run, const std::string& letter) {
    for (const PlacedGlyph& g : run.glyphs)
        if (g.text == letter) return g.x;
    ADD_FAILURE() << letter << " not in " << run.logicalText();
    return 0;
}

class UrduWithLatinAndDigits : public testing::Test {
protected:
    // Reading order: لاہور, PWON, کے, 2016, میں.
    TextLine line = setLine("لاہور PWON کے 2016 میں", {}, Direction::RightToLeft, test::fonts());
    const GlyphRun* lahore = runReading(line, "لاہور");
    const GlyphRun* pwon = runReading(line, "PWON");
    const GlyphRun* ke = runReading(line, "کے");
    const GlyphRun* year = runReading(line, "2016");
    const GlyphRun* mein = runReading(line, "میں");

    void SetUp() override {
        for (const GlyphRun* run : {lahore, pwon, ke, year, mein})
            ASSERT_NE(run, nullptr) << testing::PrintToString(test::runTexts(line));
    }
};

TEST_F(UrduWithLatinAndDigits, WordsAppearRightToLeftInReadingOrder) {
    EXPECT_GT(leftmostX(*lahore), leftmostX(*pwon));
    EXPECT_GT(leftmostX(*pwon), leftmostX(*ke));
    EXPECT_GT(leftmostX(*ke), leftmostX(*year));
    EXPECT_GT(leftmostX(*year), leftmostX(*mein));
}

TEST_F(UrduWithLatinAndDigits, LatinRunReadsLeftToRight) {
    EXPECT_FALSE(pwon->rightToLeft);
    ASSERT_EQ(pwon->glyphs.size(), 4u);
    std::string visual;
    for (size_t i = 0; i < pwon->glyphs.size(); ++i) {
        visual += pwon->glyphs[i].text;
        if (i > 0) {
            EXPECT_GT(pwon->glyphs[i].x, pwon->glyphs[i - 1].x);
        }
    }
    EXPECT_EQ(visual, "PWON");
    EXPECT_EQ(pwon->visualText(), "PWON");
}

TEST_F(UrduWithLatinAndDigits, DigitsReadLeftToRight) {
    EXPECT_FALSE(year->rightToLeft);
    EXPECT_EQ(year->visualText(), "2016");
    EXPECT_LT(xOfLetter(*year, "2"), xOfLetter(*year, "6"));
}

// UTF-8 text with its code points in reverse order.
std::string reversed(const std::string& utf8) {
    std::vector<std::string> points;
    for (unsigned char c : utf8) {
        if ((c & 0xC0) != 0x80) points.emplace_back();
        points.back() += static_cast<char>(c);
    }
    std::string out;
    for (auto it = points.rbegin(); it != points.rend(); ++it) out += *it;
    return out;
}

TEST_F(UrduWithLatinAndDigits, UrduRunsReadRightToLeft) {
    EXPECT_TRUE(lahore->rightToLeft);
    EXPECT_GT(xOfLetter(*lahore, "ل"), xOfLetter(*lahore, "ر"));
    EXPECT_EQ(lahore->visualText(), reversed(lahore->logicalText()));
}

TEST_F(UrduWithLatinAndDigits, LatinIsInNotoSansAndUrduInNastaliq) {
    EXPECT_EQ(pwon->font, &test::font(FontRole::Regular));
    EXPECT_EQ(lahore->font, &test::font(FontRole::Urdu));
    EXPECT_EQ(mein->font, &test::font(FontRole::Urdu));
}

TEST_F(UrduWithLatinAndDigits, RunsComeInVisualOrder) {
    for (size_t r = 1; r < line.runs.size(); ++r) EXPECT_GT(leftmostX(line.runs[r]), leftmostX(line.runs[r - 1])) << r;
}

// A reader of the PDF's text needs the runs in reading order, not in the
// order they stand on the page.
TEST_F(UrduWithLatinAndDigits, RunsKnowTheirPlaceInReadingOrder) {
    std::vector<const GlyphRun*> reading;
    for (const GlyphRun& run : line.runs) reading.push_back(&run);
    std::stable_sort(reading.begin(), reading.end(),
                     [](const GlyphRun* a, const GlyphRun* b) { return a->logicalStart < b->logicalStart; });
    std::string text;
    for (const GlyphRun* run : reading) text += run->logicalText();
    EXPECT_EQ(text, "لاہور PWON کے 2016 میں");
}

TEST(Bidi, UrduNameInEnglishReadsRightToLeftInPlace) {
    TextLine line = setLine("Signed by علی رضا of WASA", {}, Direction::LeftToRight, test::fonts());
    const GlyphRun* before = runReading(line, "Signed by");
    const GlyphRun* name = runReading(line, "علی رضا");
    const GlyphRun* after = runReading(line, "of WASA");
    ASSERT_TRUE(before && name && after) << testing::PrintToString(test::runTexts(line));
    EXPECT_FALSE(before->rightToLeft);
    EXPECT_TRUE(name->rightToLeft);
    EXPECT_FALSE(after->rightToLeft);
    EXPECT_LT(leftmostX(*before), leftmostX(*name));
    EXPECT_LT(leftmostX(*name), leftmostX(*after));
    // Within the name, the first word (علی) is to the right of the second (رضا).
    EXPECT_GT(xOfLetter(*name, "ع"), xOfLetter(*name, "ض"));
}

TEST(Bidi, UrduParagraphOfOneDirectionReadsBackInOrder) {
    const std::string sentence = "پاکستان واٹر آپریٹرز نیٹ ورک";
    TextLine line = setLine(sentence, {}, Direction::RightToLeft, test::fonts());
    EXPECT_EQ(test::readingText(line, Direction::RightToLeft), sentence);
}

}  // namespace
}  // namespace wop::text
