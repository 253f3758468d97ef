// The TrueType program libharu embeds for one font of one document. libharu
// addresses glyphs only through the font's (3,1) cmap, with CID = code point,
// and Nastaliq's contextual forms, dots and cascades have no code point. So
// the document gets a copy of the font whose cmap maps a code point to every
// glyph the document draws: the glyph's own character where the original
// cmap agrees, a Private Use Area code otherwise (and per distinct text, so
// that the ToUnicode map written later is exact).
#pragma once

#include <cstdint>
#include <map>
#include <set>
#include <string>
#include <utility>
#include <vector>

#include "text/font.h"

namespace wop::pdf {

class GlyphCodes {
public:
    explicit GlyphCodes(const text::Font& font) : font_(&font) {}

    // The code point to draw `glyph` with, standing for `text` (the cluster's text).
    char16_t codeFor(uint32_t glyph, const std::string& text);
    // Gives a code to every nested component of the glyphs used, which
    // libharu 2.3.0 would otherwise leave out of the embedded font; returns
    // those codes, to be measured once so that libharu marks them used.
    std::u16string addNestedComponents();

    const text::Font& font() const { return *font_; }
    // code -> glyph, for the cmap
    const std::map<char16_t, uint32_t>& glyphByCode() const { return glyphByCode_; }
    // code -> text, for the ToUnicode map
    const std::map<char16_t, std::string>& textByCode() const { return textByCode_; }
    bool empty() const { return glyphByCode_.empty(); }

private:
    const text::Font* font_;
    std::map<std::pair<uint32_t, std::string>, char16_t> codes_;
    std::map<char16_t, uint32_t> glyphByCode_;
    std::map<char16_t, std::string> textByCode_;
    char16_t nextPrivate_ = 0xE000;

    char16_t privateCode();
};

// The font cut down to the glyphs of `codes` (keeping their ids), with its
// cmap replaced by `codes`, its name table by one giving `postscriptName`
// (libharu takes a font of the same name for the same font, so two fonts of
// one document must not share one) and the tables libharu does not embed
// left out. Throws std::runtime_error on a malformed font.
std::vector<uint8_t> fontProgram(const GlyphCodes& codes, const std::string& postscriptName);

// The stream data of the font's CIDToGIDMap (CID = code, as libharu
// draws): two bytes per code up to 0xFFFE, nearly all zeros, so run-length
// encoded and then deflated, for the filters /FlateDecode /RunLengthDecode.
std::string cidToGidMapStream(const GlyphCodes& codes);

}  // namespace wop::pdf
