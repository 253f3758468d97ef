// The codes one font's glyphs are drawn with in one document. A code stands
// for a glyph *and* the text it draws: the blank glyph that carries the
// letters of right-to-left text (text_layer.h) stands for every one of
// them, and a code per glyph could give extractors only one. Codes are
// numbered from 1 in the order of first use and written as two bytes
// (Identity-H); the CIDToGIDMap leads each to its glyph, the ToUnicode map
// to its text.
#pragma once

#include <cstdint>
#include <deque>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "text/font.h"

namespace wop::pdf {

class GlyphCodes {
public:
    explicit GlyphCodes(const text::Font& font) : font_(&font) {}

    // The code to draw `glyph` with, standing for `text`: its cluster's
    // text, a letter of it, or a bidi mark for a glyph that stands for none,
    // but never nothing, so that no viewer meets a code it cannot read.
    // Throws std::logic_error for empty text, std::runtime_error past 65,535
    // codes.
    uint16_t codeFor(uint32_t glyph, const std::string& text);

    const text::Font& font() const { return *font_; }
    // Codes given so far; they run from 1 to count().
    uint16_t count() const { return static_cast<uint16_t>(glyphs_.size() - 1); }
    uint32_t glyph(uint16_t code) const { return glyphs_.at(code); }
    const std::string& text(uint16_t code) const { return texts_.at(code); }

private:
    struct Key {
        uint32_t glyph;
        std::string_view text;  // into texts_
        bool operator==(const Key& other) const { return glyph == other.glyph && text == other.text; }
    };
    struct KeyHash {
        size_t operator()(const Key& key) const { return std::hash<std::string_view>()(key.text) ^ key.glyph * 0x9E3779B9u; }
    };

    const text::Font* font_;
    std::unordered_map<Key, uint16_t, KeyHash> codes_;
    std::vector<uint32_t> glyphs_{0};  // by code; code 0 is never given
    std::deque<std::string> texts_{""};  // by code; a deque, so that the keys' views stay valid
};

}  // namespace wop::pdf
