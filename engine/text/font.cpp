#include "text/font.h"

#include <hb-ot.h>

#include <stdexcept>

namespace wop::text {

Font::Font(const std::filesystem::path& path) : path_(path) {
    blob_ = hb_blob_create_from_file_or_fail(path.c_str());
    if (!blob_) throw std::runtime_error("cannot read font " + path.string());
    face_ = hb_face_create(blob_, 0);
    glyphCount_ = hb_face_get_glyph_count(face_);
    if (glyphCount_ == 0) {
        hb_face_destroy(face_);
        hb_blob_destroy(blob_);
        throw std::runtime_error("not a usable TrueType/OpenType font: " + path.string());
    }
    upem_ = hb_face_get_upem(face_);
    bounds_ = std::make_unique<std::atomic<uint64_t>[]>(glyphCount_);
    advances_ = std::make_unique<std::atomic<int32_t>[]>(glyphCount_);
    for (unsigned g = 0; g < glyphCount_; ++g) {
        bounds_[g].store(unknownBounds, std::memory_order_relaxed);
        advances_[g].store(unknownAdvance, std::memory_order_relaxed);
    }
    font_ = hb_font_create(face_);
    hb_font_make_immutable(font_);

    char name[128];
    unsigned size = sizeof name;
    // No language: HarfBuzz then takes the English record. (The process's
    // default language is "c" under the C locale, which no font names.)
    hb_ot_name_get_utf8(face_, HB_OT_NAME_ID_POSTSCRIPT_NAME, HB_LANGUAGE_INVALID, &size, name);
    postscriptName_ = size ? std::string(name, size) : path.stem().string();

    hb_font_extents_t extents;
    hb_font_get_h_extents(font_, &extents);
    ascender_ = extents.ascender;
    descender_ = -extents.descender;

    arabic_ = covers(U'\u0628') && !covers(U'A');
}

Font::~Font() {
    hb_font_destroy(font_);
    hb_face_destroy(face_);
    hb_blob_destroy(blob_);
}

std::string_view Font::bytes() const {
    unsigned length = 0;
    const char* data = hb_blob_get_data(blob_, &length);
    return {data, length};
}

bool Font::covers(char32_t c) const {
    hb_codepoint_t g;
    return hb_font_get_nominal_glyph(font_, c, &g);
}

GlyphBounds Font::bounds(uint32_t glyph) const {
    if (glyph >= glyphCount_) return {};
    uint64_t packed = bounds_[glyph].load(std::memory_order_relaxed);
    if (packed == unknownBounds) {
        hb_glyph_extents_t e;
        GlyphBounds read;
        if (hb_font_get_glyph_extents(font_, glyph, &e)) read = {e.y_bearing, e.y_bearing + e.height};
        packed = uint64_t{static_cast<uint32_t>(read.top)} << 32 | static_cast<uint32_t>(read.bottom);
        bounds_[glyph].store(packed, std::memory_order_relaxed);
    }
    return {static_cast<int32_t>(packed >> 32), static_cast<int32_t>(static_cast<uint32_t>(packed))};
}

int32_t Font::advance(uint32_t glyph) const {
    if (glyph >= glyphCount_) return hb_font_get_glyph_h_advance(font_, glyph);
    int32_t known = advances_[glyph].load(std::memory_order_relaxed);
    if (known == unknownAdvance) {
        known = hb_font_get_glyph_h_advance(font_, glyph);
        advances_[glyph].store(known, std::memory_order_relaxed);
    }
    return known;
}

}  // namespace wop::text
