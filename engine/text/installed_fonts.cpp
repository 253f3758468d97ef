#include "text/installed_fonts.h"

#include <map>
#include <memory>
#include <mutex>
#include <string>

#include <fontconfig/fontconfig.h>
#include <hb.h>
#include <unicode/uchar.h>

#include "text/font_set.h"

namespace wop::text {
namespace {

struct PatternDeleter {
    void operator()(FcPattern* p) const { FcPatternDestroy(p); }
};
struct FontSetDeleter {
    void operator()(FcFontSet* s) const { FcFontSetDestroy(s); }
};
struct CharSetDeleter {
    void operator()(FcCharSet* s) const { FcCharSetDestroy(s); }
};

bool needsNoFont(char32_t c) {
    const auto type = u_charType(static_cast<UChar32>(c));
    return type == U_PRIVATE_USE_CHAR || type == U_UNASSIGNED || type == U_CONTROL_CHAR || type == U_FORMAT_CHAR ||
           u_isUWhiteSpace(static_cast<UChar32>(c)) ||
           u_hasBinaryProperty(static_cast<UChar32>(c), UCHAR_DEFAULT_IGNORABLE_CODE_POINT);
}

std::string stringOf(FcPattern* font, const char* object) {
    FcChar8* value = nullptr;
    return FcPatternGetString(font, object, 0, &value) == FcResultMatch ? reinterpret_cast<const char*>(value) : "";
}

// What the pdf stage can embed: TrueType outlines (a glyf table), in
// monochrome, the first font of its file.
bool isEmbeddable(FcPattern* font) {
    FcBool colour = FcFalse, outline = FcFalse;
    int index = 0;
    FcPatternGetBool(font, FC_COLOR, 0, &colour);
    FcPatternGetBool(font, FC_OUTLINE, 0, &outline);
    FcPatternGetInteger(font, FC_INDEX, 0, &index);
    return !colour && outline && index == 0 && stringOf(font, FC_FONTFORMAT) == "TrueType";
}

bool hasGlyfOutlines(const Font& font) {
    hb_blob_t* glyf = hb_face_reference_table(font.hbFace(), HB_TAG('g', 'l', 'y', 'f'));
    const bool has = hb_blob_get_length(glyf) > 0;
    hb_blob_destroy(glyf);
    return has;
}

const Font* lookUp(char32_t c, const Font& like) {
    if (!FcInit()) return nullptr;
    std::unique_ptr<FcCharSet, CharSetDeleter> wanted(FcCharSetCreate());
    FcCharSetAddChar(wanted.get(), c);
    std::unique_ptr<FcPattern, PatternDeleter> pattern(FcPatternCreate());
    FcPatternAddCharSet(pattern.get(), FC_CHARSET, wanted.get());
    FcPatternAddString(pattern.get(), FC_FAMILY, reinterpret_cast<const FcChar8*>(like.family().c_str()));
    FcConfigSubstitute(nullptr, pattern.get(), FcMatchPattern);
    FcDefaultSubstitute(pattern.get());
    FcResult result;
    std::unique_ptr<FcFontSet, FontSetDeleter> sorted(FcFontSort(nullptr, pattern.get(), FcFalse, nullptr, &result));
    if (!sorted) return nullptr;
    FcPattern* best = nullptr;
    for (int i = 0; i < sorted->nfont; ++i) {
        FcPattern* font = sorted->fonts[i];
        FcCharSet* has = nullptr;
        if (FcPatternGetCharSet(font, FC_CHARSET, 0, &has) != FcResultMatch || !FcCharSetHasChar(has, c) ||
            !isEmbeddable(font))
            continue;
        if (!best) best = font;
        if (stringOf(font, FC_FAMILY).starts_with(like.family())) {
            best = font;
            break;
        }
    }
    if (!best) return nullptr;
    try {
        const Font* font = openFont(stringOf(best, FC_FILE)).get();
        return font->covers(c) && hasGlyfOutlines(*font) ? font : nullptr;
    } catch (const std::runtime_error&) {
        return nullptr;  // a font fontconfig lists but HarfBuzz cannot read
    }
}

}  // namespace

const Font* installedFontFor(char32_t c, const Font& like) {
    if (needsNoFont(c)) return nullptr;
    static std::mutex mutex;
    static std::map<std::pair<char32_t, const Font*>, const Font*> found;
    std::lock_guard lock(mutex);
    const auto key = std::make_pair(c, &like);
    auto known = found.find(key);
    if (known == found.end()) known = found.emplace(key, lookUp(c, like)).first;
    return known->second;
}

}  // namespace wop::text
