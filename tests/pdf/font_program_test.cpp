// The font program embedded for a document: only the glyphs it draws, each
// reached through its code with the outline and advance of the original.
#include <fstream>
#include <set>
#include <string>
#include <vector>

#include <gtest/gtest.h>
#include <hb-subset.h>

#include "pdf/font_program.h"
#include "pdf_support.h"

namespace wop::pdf {
namespace {

const text::FontSet& fonts() { return test::pdfFonts(); }

// The glyphs HarfBuzz gives `text` in `font`, each with its cluster's text.
GlyphCodes codesOf(const text::Font& font, const std::string& text, const char* script, hb_direction_t direction) {
    hb_buffer_t* buffer = hb_buffer_create();
    hb_buffer_add_utf8(buffer, text.data(), static_cast<int>(text.size()), 0, -1);
    hb_buffer_set_script(buffer, hb_script_from_string(script, -1));
    hb_buffer_set_direction(buffer, direction);
    hb_shape(font.hbFont(), buffer, nullptr, 0);
    unsigned count = 0;
    hb_glyph_info_t* info = hb_buffer_get_glyph_infos(buffer, &count);
    GlyphCodes codes(font);
    for (unsigned i = 0; i < count; ++i) codes.codeFor(info[i].codepoint, std::to_string(info[i].cluster));
    hb_buffer_destroy(buffer);
    return codes;
}

struct Program {
    hb_blob_t* blob;
    hb_face_t* face;
    hb_font_t* font;
    explicit Program(const std::string& data)
        : blob(hb_blob_create(data.data(), static_cast<unsigned>(data.size()), HB_MEMORY_MODE_READONLY, nullptr, nullptr)),
          face(hb_face_create(blob, 0)),
          font(hb_font_create(face)) {}
    ~Program() {
        hb_font_destroy(font);
        hb_face_destroy(face);
        hb_blob_destroy(blob);
    }
};

std::set<std::string> tableTags(hb_face_t* face) {
    hb_tag_t tags[64];
    unsigned count = 64;
    hb_face_get_table_tags(face, 0, &count, tags);
    std::set<std::string> names;
    for (unsigned i = 0; i < count; ++i) {
        char name[4];
        hb_tag_to_string(tags[i], name);
        names.emplace(name, 4);
    }
    return names;
}

// Every code's glyph in the program draws what the original glyph drew:
// the same advance and the same ink box (a composite glyph whose parts
// were lost would have an empty one).
void expectSameGlyphs(const GlyphCodes& codes) {
    const FontProgram program = fontProgram(codes);
    const Program subset(program.data);
    ASSERT_EQ(program.glyphByCode.size(), codes.count() + 1u);
    for (uint16_t code = 1; code <= codes.count(); ++code) {
        const uint32_t original = codes.glyph(code), embedded = program.glyphByCode[code];
        EXPECT_EQ(hb_font_get_glyph_h_advance(subset.font, embedded),
                  hb_font_get_glyph_h_advance(codes.font().hbFont(), original))
            << "code " << code;
        hb_glyph_extents_t want{}, got{};
        hb_font_get_glyph_extents(codes.font().hbFont(), original, &want);
        hb_font_get_glyph_extents(subset.font, embedded, &got);
        EXPECT_EQ(got.x_bearing, want.x_bearing) << "code " << code;
        EXPECT_EQ(got.y_bearing, want.y_bearing) << "code " << code;
        EXPECT_EQ(got.width, want.width) << "code " << code;
        EXPECT_EQ(got.height, want.height) << "code " << code;
    }
}

TEST(FontProgram, LatinGlyphsKeepOutlineAndAdvance) {
    expectSameGlyphs(codesOf(fonts().font(text::FontRole::Regular), "Zoë Ångström, WASA Faisalabad 2024", "Latn",
                             HB_DIRECTION_LTR));
}

TEST(FontProgram, NastaliqGlyphsKeepOutlineAndAdvance) {
    expectSameGlyphs(codesOf(fonts().font(text::FontRole::Urdu), "واٹر اینڈ سینی ٹیشن ایجنسی فیصل آباد", "Arab",
                             HB_DIRECTION_RTL));
}

// Noto Naskh Arabic builds dotted letters from components nested two deep.
TEST(FontProgram, NestedCompositeGlyphsKeepTheirParts) {
    expectSameGlyphs(codesOf(fonts().font(text::FontRole::ArabicFallback), "پیش ثبت ٹیشن", "Arab",
                             HB_DIRECTION_RTL));
}

TEST(FontProgram, HoldsOnlyTheTablesReadersDrawWith) {
    const FontProgram program =
        fontProgram(codesOf(fonts().font(text::FontRole::Urdu), "پانی", "Arab", HB_DIRECTION_RTL));
    const Program subset(program.data);
    EXPECT_EQ(tableTags(subset.face), (std::set<std::string>{"glyf", "head", "hhea", "hmtx", "loca", "maxp"}));
}

// The glyphs are renumbered: a few letters make a program of a few glyphs,
// not one as long as the font with most glyphs empty.
TEST(FontProgram, HoldsOnlyTheGlyphsDrawn) {
    const text::Font& latin = fonts().font(text::FontRole::Regular);
    const GlyphCodes codes = codesOf(latin, "abc", "Latn", HB_DIRECTION_LTR);
    const FontProgram program = fontProgram(codes);
    const Program subset(program.data);
    EXPECT_LE(hb_face_get_glyph_count(subset.face), 4u);  // .notdef and three letters
    EXPECT_LT(program.data.size(), 3000u);
}

// Big-endian reads from a table of a face, for the tests below.
struct TableBytes {
    hb_blob_t* blob;
    const uint8_t* data;
    unsigned length = 0;
    TableBytes(hb_face_t* face, hb_tag_t tag) : blob(hb_face_reference_table(face, tag)) {
        data = reinterpret_cast<const uint8_t*>(hb_blob_get_data(blob, &length));
    }
    ~TableBytes() { hb_blob_destroy(blob); }
    unsigned u16(unsigned at) const { return at + 2 <= length ? data[at] << 8 | data[at + 1] : 0; }
    unsigned u32(unsigned at) const { return u16(at) << 16 | u16(at + 2); }
};

// The instructions of each simple glyph of `face`; -1 for composites and
// empty glyphs.
std::vector<int> instructionLengths(hb_face_t* face) {
    const TableBytes head(face, HB_TAG('h', 'e', 'a', 'd')), loca(face, HB_TAG('l', 'o', 'c', 'a')),
        glyf(face, HB_TAG('g', 'l', 'y', 'f'));
    const bool longOffsets = head.u16(50) != 0;
    std::vector<int> lengths;
    for (unsigned g = 0; g < hb_face_get_glyph_count(face); ++g) {
        const unsigned start = longOffsets ? loca.u32(4 * g) : 2 * loca.u16(2 * g);
        const unsigned end = longOffsets ? loca.u32(4 * g + 4) : 2 * loca.u16(2 * g + 2);
        const auto contours = static_cast<int16_t>(glyf.u16(start));
        lengths.push_back(end > start && contours > 0 ? static_cast<int>(glyf.u16(start + 10 + 2 * contours)) : -1);
    }
    return lengths;
}

TEST(FontProgram, DropsHintingInstructions) {
    const text::Font& latin = fonts().font(text::FontRole::Regular);
    const GlyphCodes codes = codesOf(latin, "Hinted", "Latn", HB_DIRECTION_LTR);
    const std::vector<int> original = instructionLengths(latin.hbFace());
    ASSERT_GT(original.at(codes.glyph(1)), 0) << "Noto Sans is expected hinted, or this test proves nothing";
    const FontProgram program = fontProgram(codes);
    const Program subset(program.data);
    int simple = 0;
    for (int length : instructionLengths(subset.face))
        if (length >= 0) {
            EXPECT_EQ(length, 0);
            ++simple;
        }
    EXPECT_GE(simple, 5);
}

// Each table's checksum in the directory, and head's checkSumAdjustment
// making the whole file sum to 0xB1B0AFBA, as the TrueType format asks.
TEST(FontProgram, ChecksumsAddUp) {
    const FontProgram program =
        fontProgram(codesOf(fonts().font(text::FontRole::Urdu), "پانی کا نظام", "Arab", HB_DIRECTION_RTL));
    const std::string& d = program.data;
    auto u32 = [&](size_t at) {
        uint32_t v = 0;
        for (size_t i = 0; i < 4; ++i) v = v << 8 | (at + i < d.size() ? static_cast<uint8_t>(d[at + i]) : 0);
        return v;
    };
    auto sum = [&](size_t from, size_t length) {
        uint32_t s = 0;
        for (size_t i = 0; i < length; i += 4) {
            uint32_t word = 0;
            for (size_t j = 0; j < 4; ++j) word = word << 8 | (i + j < length ? static_cast<uint8_t>(d[from + i + j]) : 0);
            s += word;
        }
        return s;
    };
    const size_t tables = static_cast<uint8_t>(d[4]) << 8 | static_cast<uint8_t>(d[5]);
    ASSERT_EQ(tables, 6u);
    for (size_t i = 0; i < tables; ++i) {
        const size_t record = 12 + 16 * i;
        const std::string tag = d.substr(record, 4);
        uint32_t expected = sum(u32(record + 8), u32(record + 12));
        if (tag == "head") expected -= u32(u32(record + 8) + 8);  // counted with the adjustment zero
        EXPECT_EQ(u32(record + 4), expected) << tag;
    }
    EXPECT_EQ(sum(0, d.size()), 0xB1B0AFBAu);
}

TEST(FontProgram, AFontWithoutTrueTypeOutlinesIsAnErrorNamingIt) {
    // Noto Sans without its glyf and loca tables: a font HarfBuzz reads but
    // no PDF reader could draw from as a TrueType program.
    const text::Font& latin = fonts().font(text::FontRole::Regular);
    hb_subset_input_t* input = hb_subset_input_create_or_fail();
    hb_set_add(hb_subset_input_set(input, HB_SUBSET_SETS_DROP_TABLE_TAG), HB_TAG('g', 'l', 'y', 'f'));
    hb_set_add(hb_subset_input_set(input, HB_SUBSET_SETS_DROP_TABLE_TAG), HB_TAG('l', 'o', 'c', 'a'));
    hb_set_add(hb_subset_input_unicode_set(input), 'a');
    hb_face_t* outlineless = hb_subset_or_fail(latin.hbFace(), input);
    ASSERT_NE(outlineless, nullptr);
    hb_blob_t* blob = hb_face_reference_blob(outlineless);
    unsigned length = 0;
    const char* data = hb_blob_get_data(blob, &length);
    test::ScratchDir dir("font-program-outlineless");
    std::ofstream(dir / "Outlineless.ttf", std::ios::binary).write(data, length);
    hb_blob_destroy(blob);
    hb_face_destroy(outlineless);
    hb_subset_input_destroy(input);

    const text::Font font(dir / "Outlineless.ttf");
    GlyphCodes codes(font);
    codes.codeFor(1, "a");
    try {
        fontProgram(codes);
        FAIL() << "a font without outlines was embedded";
    } catch (const std::runtime_error& e) {
        EXPECT_NE(std::string(e.what()).find("Outlineless.ttf"), std::string::npos) << e.what();
        EXPECT_NE(std::string(e.what()).find("TrueType outlines"), std::string::npos) << e.what();
    }
}

}  // namespace
}  // namespace wop::pdf
