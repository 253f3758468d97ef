#include "pdf/font_program.h"

#include <memory>
#include <stdexcept>

#include <hb-subset.h>

namespace wop::pdf {
namespace {

template <typename T, void (*destroy)(T*)>
struct Deleter {
    void operator()(T* p) const { destroy(p); }
};
template <typename T, void (*destroy)(T*)>
using Owned = std::unique_ptr<T, Deleter<T, destroy>>;

bool isDrawingTable(hb_tag_t tag) {
    for (hb_tag_t kept : {HB_TAG('g', 'l', 'y', 'f'), HB_TAG('l', 'o', 'c', 'a'), HB_TAG('h', 'e', 'a', 'd'),
                          HB_TAG('h', 'h', 'e', 'a'), HB_TAG('h', 'm', 't', 'x'), HB_TAG('m', 'a', 'x', 'p')})
        if (tag == kept) return true;
    return false;
}

}  // namespace

FontProgram fontProgram(const GlyphCodes& codes) {
    const text::Font& font = codes.font();
    hb_face_t* face = font.hbFace();
    auto fail = [&](const std::string& why) { return std::runtime_error(why + ": " + font.path().string()); };
    if (Owned<hb_blob_t, hb_blob_destroy> glyf(hb_face_reference_table(face, HB_TAG('g', 'l', 'y', 'f')));
        hb_blob_get_length(glyf.get()) == 0)
        throw fail("cannot embed a font without TrueType outlines (glyf)");

    Owned<hb_subset_input_t, hb_subset_input_destroy> input(hb_subset_input_create_or_fail());
    if (!input) throw fail("out of memory subsetting a font");
    hb_subset_input_set_flags(input.get(), HB_SUBSET_FLAGS_NO_HINTING);
    hb_set_t* glyphs = hb_subset_input_glyph_set(input.get());
    for (uint16_t code = 1; code <= codes.count(); ++code) hb_set_add(glyphs, codes.glyph(code));
    // Dropping the other tables also spares the subsetter their closure.
    hb_set_t* drop = hb_subset_input_set(input.get(), HB_SUBSET_SETS_DROP_TABLE_TAG);
    hb_tag_t tags[64];
    for (unsigned start = 0, count = 64; count == 64; start += count) {
        count = 64;
        hb_face_get_table_tags(face, start, &count, tags);
        for (unsigned i = 0; i < count; ++i)
            if (!isDrawingTable(tags[i])) hb_set_add(drop, tags[i]);
    }

    Owned<hb_subset_plan_t, hb_subset_plan_destroy> plan(hb_subset_plan_create_or_fail(face, input.get()));
    if (!plan) throw fail("cannot subset font");
    Owned<hb_face_t, hb_face_destroy> subset(hb_subset_plan_execute_or_fail(plan.get()));
    if (!subset) throw fail("cannot subset font");
    Owned<hb_blob_t, hb_blob_destroy> blob(hb_face_reference_blob(subset.get()));

    FontProgram program;
    unsigned length = 0;
    const char* data = hb_blob_get_data(blob.get(), &length);
    program.data.assign(data, length);
    const hb_map_t* newGlyph = hb_subset_plan_old_to_new_glyph_mapping(plan.get());
    program.glyphByCode.assign(codes.count() + 1u, 0);
    for (uint16_t code = 1; code <= codes.count(); ++code) {
        const hb_codepoint_t glyph = hb_map_get(newGlyph, codes.glyph(code));
        program.glyphByCode[code] = glyph == HB_MAP_VALUE_INVALID ? 0 : static_cast<uint16_t>(glyph);
    }
    return program;
}

}  // namespace wop::pdf
