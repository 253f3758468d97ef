#include "text/font.h"

#include <hb-ot.h>

#include <stdexcept>

namespace wop::text {

namespace {

std::string englishName(hb_face_t* face, hb_ot_name_id_t id) {
    char name[128];
    unsigned size = sizeof name;
    // No language: HarfBuzz then takes the English record. (The process's
    // default language is "c" under the C locale, which no font names.)
    hb_ot_name_get_utf8(face, id, HB_LANGUAGE_INVALID, &size, name);
    return std::string(name, size);
}

// Ink boxes in 16 bits a side: what glyf stores them in.
uint64_t pack(const GlyphBounds& b) {
    auto part = [](int32_t v, int shift) { return uint64_t{static_cast<uint16_t>(static_cast<int16_t>(v))} << shift; };
    return part(b.top, 48) | part(b.bottom, 32) | part(b.left, 16) | part(b.right, 0);
}

GlyphBounds unpack(uint64_t packed) {
    auto part = [packed](int shift) { return static_cast<int32_t>(static_cast<int16_t>(packed >> shift)); };
    return {part(48), part(32), part(16), part(0)};
}

}  // namespace

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

    postscriptName_ = englishName(face_, HB_OT_NAME_ID_POSTSCRIPT_NAME);
    if (postscriptName_.empty()) postscriptName_ = path.stem().string();
    family_ = englishName(face_, HB_OT_NAME_ID_TYPOGRAPHIC_FAMILY);
    if (family_.empty()) family_ = englishName(face_, HB_OT_NAME_ID_FONT_FAMILY);

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
        if (hb_font_get_glyph_extents(font_, glyph, &e))
            read = {e.y_bearing, e.y_bearing + e.height, e.x_bearing, e.x_bearing + e.width};
        packed = pack(read);
        bounds_[glyph].store(packed, std::memory_order_relaxed);
    }
    return unpack(packed);
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
