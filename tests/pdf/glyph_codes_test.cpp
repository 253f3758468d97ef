// Codes for one font of one document: one per glyph and the text it stands for.
#include <gtest/gtest.h>

#include "pdf/glyph_codes.h"
#include "text/font_set.h"
#include "support.h"

namespace wop::pdf {
namespace {

const text::Font& latin() {
    static text::FontSet set(text::FontChoice::defaults(test::sourceDir() / "fonts"));
    return set.font(text::FontRole::Regular);
}

TEST(GlyphCodes, RunFromOneInTheOrderOfFirstUse) {
    GlyphCodes codes(latin());
    EXPECT_EQ(codes.count(), 0);
    EXPECT_EQ(codes.codeFor(40, "H"), 1);
    EXPECT_EQ(codes.codeFor(7, "A"), 2);
    EXPECT_EQ(codes.count(), 2);
    EXPECT_EQ(codes.glyph(1), 40u);
    EXPECT_EQ(codes.text(2), "A");
}

TEST(GlyphCodes, TheSameGlyphForTheSameTextKeepsItsCode) {
    GlyphCodes codes(latin());
    const uint16_t first = codes.codeFor(40, "H");
    codes.codeFor(7, "A");
    EXPECT_EQ(codes.codeFor(40, "H"), first);
    EXPECT_EQ(codes.count(), 2);
}

// The blank glyph that carries right-to-left text stands for ب in one
// place and ت in the next: each needs its own code for the ToUnicode map to
// give the right letter.
TEST(GlyphCodes, AGlyphStandingForAnotherTextGetsAnotherCode) {
    GlyphCodes codes(latin());
    const uint16_t beh = codes.codeFor(3, "ب");
    const uint16_t teh = codes.codeFor(3, "ت");
    const uint16_t silent = codes.codeFor(3, "\u200F");
    EXPECT_NE(beh, teh);
    EXPECT_NE(silent, beh);
    EXPECT_NE(silent, teh);
    EXPECT_EQ(codes.glyph(teh), 3u);
    EXPECT_EQ(codes.text(teh), "ت");
}

TEST(GlyphCodes, NoCodeStandsForNothing) {
    GlyphCodes codes(latin());
    EXPECT_THROW(codes.codeFor(3, ""), std::logic_error);
    EXPECT_EQ(codes.count(), 0);
}

TEST(GlyphCodes, TwoBytesAreAllThereIs) {
    GlyphCodes codes(latin());
    for (unsigned i = 0; i < 0xFFFF; ++i) codes.codeFor(1, std::to_string(i));
    EXPECT_EQ(codes.count(), 0xFFFF);
    try {
        codes.codeFor(1, "one more");
        FAIL() << "no error past 65,535 codes";
    } catch (const std::runtime_error& e) {
        EXPECT_NE(std::string(e.what()).find("NotoSans-Regular.ttf"), std::string::npos) << e.what();
    }
}

}  // namespace
}  // namespace wop::pdf
