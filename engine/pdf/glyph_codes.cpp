#include "pdf/glyph_codes.h"

#include <stdexcept>
#include <utility>

namespace wop::pdf {

uint16_t GlyphCodes::codeFor(uint32_t glyph, const std::string& text) {
    std::string key(4 + text.size(), '\0');
    for (int i = 0; i < 4; ++i) key[static_cast<size_t>(i)] = static_cast<char>(glyph >> (8 * i));
    key.replace(4, text.size(), text);
    if (auto known = codes_.find(key); known != codes_.end()) return known->second;
    if (glyphs_.size() > 0xFFFF)
        throw std::runtime_error("more than 65,535 distinct glyphs of " + font_->path().filename().string() +
                                 " in one document");
    const auto code = static_cast<uint16_t>(glyphs_.size());
    glyphs_.push_back(glyph);
    texts_.push_back(text);
    codes_.emplace(std::move(key), code);
    return code;
}

}  // namespace wop::pdf
