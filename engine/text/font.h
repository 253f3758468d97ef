// One font file, opened once and shared read-only by every thread: HarfBuzz
// shapes with it, layout measures with it, and the pdf stage embeds a subset
// of it. The file is mapped, not copied, and glyph metrics are read on demand.
#pragma once

#include <atomic>
#include <cstdint>
#include <filesystem>
#include <memory>
#include <string>
#include <string_view>

#include <hb.h>

#include "text/word_shapes.h"

namespace wop::text {

// Glyph ink box in font units, y up, x from the glyph's origin.
struct GlyphBounds {
    int32_t top = 0;
    int32_t bottom = 0;
    int32_t left = 0;
    int32_t right = 0;
};

class Font {
public:
    // Throws std::runtime_error naming the file when it cannot be used.
    explicit Font(const std::filesystem::path& path);
    ~Font();
    Font(const Font&) = delete;
    Font& operator=(const Font&) = delete;

    const std::filesystem::path& path() const { return path_; }
    // The font file as it was read.
    std::string_view bytes() const;
    const std::string& postscriptName() const { return postscriptName_; }
    // "Noto Sans", "Noto Nastaliq Urdu": the family its name table gives.
    const std::string& family() const { return family_; }
    hb_font_t* hbFont() const { return font_; }
    hb_face_t* hbFace() const { return face_; }
    unsigned unitsPerEm() const { return upem_; }
    unsigned glyphCount() const { return glyphCount_; }
    bool isArabic() const { return arabic_; }

    bool covers(char32_t c) const;
    // Declared ascender and descender (positive, font units) from the font's tables.
    int32_t ascender() const { return ascender_; }
    int32_t descender() const { return descender_; }
    // Read from the font the first time a glyph is asked for, then kept:
    // the pdf stage asks for every glyph it draws.
    GlyphBounds bounds(uint32_t glyph) const;
    int32_t advance(uint32_t glyph) const;
    // The words shaped with this font so far, shared by every thread.
    WordShapes& shapedWords() const { return shapedWords_; }

private:
    std::filesystem::path path_;
    std::string postscriptName_;
    std::string family_;
    hb_blob_t* blob_ = nullptr;
    hb_face_t* face_ = nullptr;
    hb_font_t* font_ = nullptr;
    unsigned upem_ = 1000;
    unsigned glyphCount_ = 0;
    int32_t ascender_ = 0;
    int32_t descender_ = 0;
    bool arabic_ = false;
    mutable WordShapes shapedWords_;
    // Each glyph's bounds packed in 64 bits (four 16-bit numbers, as glyf
    // stores them), or unknownBounds; threads may fill an entry at once,
    // with the same value.
    static constexpr uint64_t unknownBounds = ~uint64_t{0};
    std::unique_ptr<std::atomic<uint64_t>[]> bounds_;
    static constexpr int32_t unknownAdvance = INT32_MIN;
    std::unique_ptr<std::atomic<int32_t>[]> advances_;
};

}  // namespace wop::text
