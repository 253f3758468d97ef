// The CIDToGIDMap written for each font: packed from the codes alone, it
// must decode to libharu's layout, two bytes per code up to 0xFFFE, each
// code's glyph where it has one and zero elsewhere.
#include <gtest/gtest.h>

#include <qpdf/Pl_Flate.hh>
#include <qpdf/Pl_RunLength.hh>
#include <qpdf/Pl_String.hh>
#include <unicode/unistr.h>

#include "pdf/font_program.h"
#include "text/font_set.h"
#include "support.h"

namespace wop::pdf {
namespace {

const text::FontSet& fonts() {
    static text::FontSet set(text::FontChoice::defaults(test::sourceDir() / "fonts"));
    return set;
}

std::string decoded(const std::string& stream) {
    std::string map;
    Pl_String sink("map", nullptr, map);
    Pl_RunLength runLength("run length", &sink, Pl_RunLength::a_decode);
    Pl_Flate flate("flate", &runLength, Pl_Flate::a_inflate);
    flate.write(reinterpret_cast<const unsigned char*>(stream.data()), stream.size());
    flate.finish();
    return map;
}

uint32_t glyphOf(const text::Font& font, char32_t c) {
    hb_codepoint_t glyph = 0;
    hb_font_get_nominal_glyph(font.hbFont(), c, &glyph);
    return glyph;
}

TEST(CidToGidMap, DecodesToEveryCodesGlyphAndZerosBetween) {
    const text::Font& latin = fonts().font(text::FontRole::Regular);
    GlyphCodes codes(latin);
    // Codes next to each other, a few apart and far apart, so that the
    // packing meets literals, short gaps and long runs of zeros.
    for (const char* letter : {"A", "B", "D", "H", "z", "é", "—"}) {
        const icu::UnicodeString text = icu::UnicodeString::fromUTF8(letter);
        codes.codeFor(glyphOf(latin, static_cast<char32_t>(text.char32At(0))), letter);
    }
    codes.codeFor(glyphOf(latin, U'f'), "ff");  // a glyph standing for other text gets a private code
    const std::string map = decoded(cidToGidMapStream(codes));
    ASSERT_EQ(map.size(), 2u * 0xFFFF);
    std::string expected(2 * 0xFFFF, '\0');
    for (auto& [code, glyph] : codes.glyphByCode()) {
        expected[2 * static_cast<size_t>(code)] = static_cast<char>(glyph >> 8);
        expected[2 * static_cast<size_t>(code) + 1] = static_cast<char>(glyph);
    }
    EXPECT_EQ(map, expected);
    EXPECT_GE(codes.glyphByCode().rbegin()->first, 0xE000) << "no private code was given";
}

TEST(CidToGidMap, IsSmall) {
    const text::Font& latin = fonts().font(text::FontRole::Regular);
    GlyphCodes codes(latin);
    for (char32_t c = U'a'; c <= U'z'; ++c) codes.codeFor(glyphOf(latin, c), std::string(1, static_cast<char>(c)));
    EXPECT_LT(cidToGidMapStream(codes).size(), 200u);
}

}  // namespace
}  // namespace wop::pdf
