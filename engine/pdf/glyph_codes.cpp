#include "pdf/glyph_codes.h"

#include <stdexcept>

namespace wop::pdf {

uint16_t GlyphCodes::codeFor(uint32_t glyph, const std::string& text) {
    if (text.empty()) throw std::logic_error("a glyph code must stand for some text");
    if (auto known = codes_.find(Key{glyph, text}); known != codes_.end()) return known->second;
    if (glyphs_.size() > 0xFFFF)
        throw std::runtime_error("more than 65,535 distinct glyphs of " + font_->path().filename().string() +
                                 " in one document");
    const auto code = static_cast<uint16_t>(glyphs_.size());
    glyphs_.push_back(glyph);
    texts_.push_back(text);
    codes_.emplace(Key{glyph, texts_.back()}, code);
    return code;
}

}  // namespace wop::pdf
