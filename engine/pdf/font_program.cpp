#include "pdf/font_program.h"

#include <algorithm>
#include <cstring>
#include <memory>
#include <stdexcept>

#include <hb-subset.h>
#include <qpdf/Pl_Flate.hh>
#include <qpdf/Pl_String.hh>
#include <unicode/ustring.h>
#include <unicode/utf8.h>

namespace wop::pdf {
namespace {

using Bytes = std::vector<uint8_t>;

uint16_t read16(const Bytes& b, size_t at) {
    if (at + 2 > b.size()) throw std::runtime_error("font table out of bounds");
    return static_cast<uint16_t>(b[at] << 8 | b[at + 1]);
}
uint32_t read32(const Bytes& b, size_t at) { return static_cast<uint32_t>(read16(b, at)) << 16 | read16(b, at + 2); }
void write16(Bytes& b, uint16_t v) {
    b.push_back(static_cast<uint8_t>(v >> 8));
    b.push_back(static_cast<uint8_t>(v));
}
void write32(Bytes& b, uint32_t v) {
    write16(b, static_cast<uint16_t>(v >> 16));
    write16(b, static_cast<uint16_t>(v));
}
void put32(Bytes& b, size_t at, uint32_t v) {
    for (int i = 0; i < 4; ++i) b[at + static_cast<size_t>(i)] = static_cast<uint8_t>(v >> (24 - 8 * i));
}
uint32_t checksum(const Bytes& b, size_t offset, size_t length) {
    uint32_t sum = 0;
    for (size_t i = 0; i < length; i += 4) {
        uint32_t word = 0;
        for (size_t k = 0; k < 4; ++k) word = word << 8 | (i + k < length ? b[offset + i + k] : 0);
        sum += word;
    }
    return sum;
}

struct TableEntry {
    uint32_t offset;
    uint32_t length;
};

std::map<std::string, TableEntry> tableDirectory(const Bytes& font) {
    uint32_t version = read32(font, 0);
    if (version != 0x00010000 && version != 0x74727565) throw std::runtime_error("not a TrueType (glyf) font");
    std::map<std::string, TableEntry> tables;
    for (unsigned i = 0, n = read16(font, 4); i < n; ++i) {
        size_t entry = 12 + 16 * i;
        if (entry + 16 > font.size()) throw std::runtime_error("truncated table directory");
        TableEntry t{read32(font, entry + 8), read32(font, entry + 12)};
        if (static_cast<size_t>(t.offset) + t.length > font.size()) throw std::runtime_error("table out of bounds");
        tables[std::string(reinterpret_cast<const char*>(&font[entry]), 4)] = t;
    }
    return tables;
}

// The largest power of two not above `n`, and its exponent: the search
// hints the table directory and format 4 cmaps carry.
std::pair<uint16_t, uint16_t> binarySearchHeader(uint16_t n) {
    uint16_t range = 1, selector = 0;
    while (range * 2 <= n) {
        range *= 2;
        ++selector;
    }
    return {range, selector};
}

// A format 4 subtable: consecutive codes become segments; a segment whose
// glyphs do not follow the codes uses the glyph id array. Codes a few apart
// share a segment too, the codes between them mapped to glyph 0: libharu
// finds a code by walking the segments in order, 65536 times per font for
// its CIDToGIDMap, so fewer segments save it much time.
Bytes format4(const std::map<char16_t, uint32_t>& glyphByCode) {
    struct Segment {
        uint16_t start, end;
        bool array;
        uint16_t delta;
        std::vector<uint16_t> glyphs;
    };
    constexpr unsigned maxGap = 64;
    constexpr size_t maxFilled = 8192;  // keeps the subtable well under its 64 KiB
    size_t filled = 0;
    std::vector<Segment> segments;
    for (auto& [code, glyph] : glyphByCode) {
        auto c = static_cast<uint16_t>(code);
        auto g = static_cast<uint16_t>(glyph);
        const unsigned gap = segments.empty() ? maxGap + 1 : c - segments.back().end - 1u;
        if (gap == 0 || (gap <= maxGap && filled + gap <= maxFilled)) {
            Segment& s = segments.back();
            s.glyphs.insert(s.glyphs.end(), gap, 0);
            filled += gap;
            s.end = c;
            s.glyphs.push_back(g);
            if (gap > 0 || static_cast<uint16_t>(g - c) != s.delta) s.array = true;
        } else {
            segments.push_back({c, c, false, static_cast<uint16_t>(g - c), {g}});
        }
    }
    segments.push_back({0xFFFF, 0xFFFF, false, 1, {0}});
    const auto n = static_cast<uint16_t>(segments.size());
    const auto [range, selector] = binarySearchHeader(n);
    Bytes glyphArray;
    std::vector<uint16_t> rangeOffsets(n, 0);
    for (uint16_t i = 0; i < n; ++i)
        if (segments[i].array) {
            rangeOffsets[i] = static_cast<uint16_t>(2 * (n - i) + glyphArray.size());
            for (uint16_t g : segments[i].glyphs) write16(glyphArray, g);
        }
    size_t length = 16 + 8 * static_cast<size_t>(n) + glyphArray.size();
    if (length > 0xFFFF) throw std::runtime_error("cmap subtable over 64 KiB");
    Bytes b;
    write16(b, 4);
    write16(b, static_cast<uint16_t>(length));
    write16(b, 0);
    write16(b, static_cast<uint16_t>(2 * n));
    write16(b, static_cast<uint16_t>(2 * range));
    write16(b, selector);
    write16(b, static_cast<uint16_t>(2 * n - 2 * range));
    for (auto& s : segments) write16(b, s.end);
    write16(b, 0);
    for (auto& s : segments) write16(b, s.start);
    for (uint16_t i = 0; i < n; ++i) write16(b, segments[i].array ? 0 : segments[i].delta);
    for (uint16_t i = 0; i < n; ++i) write16(b, rangeOffsets[i]);
    b.insert(b.end(), glyphArray.begin(), glyphArray.end());
    return b;
}

Bytes cmapTable(const std::map<char16_t, uint32_t>& glyphByCode) {
    Bytes sub = format4(glyphByCode), cmap;
    write16(cmap, 0);
    write16(cmap, 2);
    write16(cmap, 0);  // Unicode BMP
    write16(cmap, 3);
    write32(cmap, 20);
    write16(cmap, 3);  // Windows Unicode BMP: the one libharu reads
    write16(cmap, 1);
    write32(cmap, 20);
    cmap.insert(cmap.end(), sub.begin(), sub.end());
    return cmap;
}

// A name table with the PostScript name (id 6) and a subfamily (id 2),
// which libharu insists on, each in the Macintosh and the Windows records
// libharu reads.
Bytes nameTable(const std::string& postscriptName) {
    struct Name {
        uint16_t id;
        std::string text;
    };
    const Name names[] = {{2, "Regular"}, {6, postscriptName}};
    Bytes records, strings;
    auto add = [&](uint16_t platform, uint16_t encoding, uint16_t language, const Name& name, bool utf16) {
        for (uint16_t field : {platform, encoding, language, name.id}) write16(records, field);
        write16(records, static_cast<uint16_t>(name.text.size() * (utf16 ? 2 : 1)));
        write16(records, static_cast<uint16_t>(strings.size()));
        for (char c : name.text)
            if (utf16) write16(strings, static_cast<uint8_t>(c));
            else strings.push_back(static_cast<uint8_t>(c));
    };
    for (const Name& name : names) add(1, 0, 0, name, false);  // Macintosh Roman
    for (const Name& name : names) add(3, 1, 0x409, name, true);  // Windows Unicode, US English
    Bytes b;
    write16(b, 0);  // format
    write16(b, 4);  // records
    write16(b, static_cast<uint16_t>(6 + records.size()));
    b.insert(b.end(), records.begin(), records.end());
    b.insert(b.end(), strings.begin(), strings.end());
    return b;
}

// The components of composite glyphs, to any depth.
std::set<uint32_t> componentClosure(const text::Font& font, const std::set<uint32_t>& glyphs) {
    hb_blob_t* headBlob = hb_face_reference_table(font.hbFace(), HB_TAG('h', 'e', 'a', 'd'));
    hb_blob_t* locaBlob = hb_face_reference_table(font.hbFace(), HB_TAG('l', 'o', 'c', 'a'));
    hb_blob_t* glyfBlob = hb_face_reference_table(font.hbFace(), HB_TAG('g', 'l', 'y', 'f'));
    unsigned headLength, locaLength, glyfLength;
    auto head = reinterpret_cast<const uint8_t*>(hb_blob_get_data(headBlob, &headLength));
    auto loca = reinterpret_cast<const uint8_t*>(hb_blob_get_data(locaBlob, &locaLength));
    auto glyf = reinterpret_cast<const uint8_t*>(hb_blob_get_data(glyfBlob, &glyfLength));
    auto u16 = [](const uint8_t* p) { return static_cast<unsigned>(p[0] << 8 | p[1]); };
    const bool longOffsets = headLength >= 54 && u16(head + 50) == 1;
    auto offset = [&](uint32_t g) -> size_t {
        return longOffsets ? (static_cast<size_t>(u16(loca + 4 * g)) << 16 | u16(loca + 4 * g + 2))
                           : 2 * static_cast<size_t>(u16(loca + 2 * g));
    };
    std::set<uint32_t> all = glyphs;
    std::vector<uint32_t> work(glyphs.begin(), glyphs.end());
    while (!work.empty()) {
        uint32_t g = work.back();
        work.pop_back();
        if (g + 1 >= font.glyphCount() || (longOffsets ? 4u : 2u) * (g + 2) > locaLength) continue;
        size_t begin = offset(g), end = offset(g + 1);
        if (end <= begin + 10 || end > glyfLength || static_cast<int16_t>(u16(glyf + begin)) >= 0) continue;
        size_t p = begin + 10;
        unsigned flags;
        do {
            if (p + 4 > end) break;
            flags = u16(glyf + p);
            uint32_t component = u16(glyf + p + 2);
            p += 4 + ((flags & 1) ? 4 : 2) + ((flags & 8) ? 2 : (flags & 0x40) ? 4 : (flags & 0x80) ? 8 : 0);
            if (all.insert(component).second) work.push_back(component);
        } while (flags & 0x20);
    }
    hb_blob_destroy(headBlob);
    hb_blob_destroy(locaBlob);
    hb_blob_destroy(glyfBlob);
    return all;
}

// The tables libharu embeds; the others are of no use in a PDF.
const std::set<std::string>& embeddedTables() {
    static const std::set<std::string> tags = {"OS/2", "cmap", "cvt ", "fpgm", "glyf", "head", "hhea",
                                               "hmtx", "loca", "maxp", "name", "post", "prep"};
    return tags;
}

// The font cut down to the glyphs the document draws (HarfBuzz's subsetter
// adds the components of composite ones), each at its original id so that
// the codes keep pointing at the right glyphs: the other glyphs' outlines
// and metrics go, and so do the glyph names and the tables libharu does not
// embed. libharu then embeds a few kilobytes per font instead of tens.
Bytes subsetProgram(const GlyphCodes& codes) {
    hb_face_t* face = codes.font().hbFace();
    std::unique_ptr<hb_subset_input_t, decltype(&hb_subset_input_destroy)> input(hb_subset_input_create_or_fail(),
                                                                                 hb_subset_input_destroy);
    if (!input) throw std::runtime_error("out of memory subsetting a font");
    hb_subset_input_set_flags(input.get(), HB_SUBSET_FLAGS_RETAIN_GIDS | HB_SUBSET_FLAGS_NO_HINTING);
    hb_set_t* glyphs = hb_subset_input_glyph_set(input.get());
    for (auto& [code, glyph] : codes.glyphByCode()) hb_set_add(glyphs, glyph);
    // Dropping the layout tables also spares the subsetter their closure.
    hb_set_t* drop = hb_subset_input_set(input.get(), HB_SUBSET_SETS_DROP_TABLE_TAG);
    hb_tag_t tags[64];
    for (unsigned start = 0, count = 64; count == 64; start += count) {
        count = 64;
        hb_face_get_table_tags(face, start, &count, tags);
        for (unsigned i = 0; i < count; ++i) {
            char name[4];
            hb_tag_to_string(tags[i], name);
            if (!embeddedTables().count(std::string(name, 4))) hb_set_add(drop, tags[i]);
        }
    }
    hb_face_t* subset = hb_subset_or_fail(face, input.get());
    if (!subset) throw std::runtime_error("cannot subset font " + codes.font().path().string());
    hb_blob_t* blob = hb_face_reference_blob(subset);
    unsigned length = 0;
    const char* data = hb_blob_get_data(blob, &length);
    Bytes out(data, data + length);
    hb_blob_destroy(blob);
    hb_face_destroy(subset);
    return out;
}

bool isSingleCodepoint(const std::string& text, char32_t& c) {
    int32_t i = 0;
    UChar32 cp;
    U8_NEXT(text.data(), i, static_cast<int32_t>(text.size()), cp);
    c = static_cast<char32_t>(cp);
    return cp > 0 && i == static_cast<int32_t>(text.size());
}

// PDF's RunLengthDecode format, written from the codes without making the
// 128 KiB map first: literal bytes for the glyph ids, repeats for the zeros
// between them.
class RunLengthWriter {
public:
    void literal(uint8_t byte) {
        pending_ += static_cast<char>(byte);
        if (pending_.size() == 128) flush();
    }
    void zeros(size_t count) {
        if (count < 3) {  // shorter than the repeat that would stand for them
            while (count--) literal(0);
            return;
        }
        flush();
        for (; count >= 3; count -= std::min<size_t>(count, 128)) {
            out_ += static_cast<char>(257 - std::min<size_t>(count, 128));
            out_ += '\0';
        }
        while (count--) literal(0);
    }
    std::string finish() {
        flush();
        out_ += static_cast<char>(128);
        return std::move(out_);
    }

private:
    std::string out_, pending_;
    void flush() {
        if (pending_.empty()) return;
        out_ += static_cast<char>(pending_.size() - 1);
        out_ += pending_;
        pending_.clear();
    }
};

std::string deflated(const std::string& in) {
    std::string out;
    Pl_String sink("deflated", nullptr, out);
    Pl_Flate flate("deflate", &sink, Pl_Flate::a_deflate);
    flate.write(reinterpret_cast<const unsigned char*>(in.data()), in.size());
    flate.finish();
    return out;
}

}  // namespace

char16_t GlyphCodes::privateCode() {
    while (glyphByCode_.count(nextPrivate_)) ++nextPrivate_;
    if (nextPrivate_ > 0xF8FF) throw std::runtime_error("more than 6400 distinct glyphs of one font in a document");
    return nextPrivate_++;
}

char16_t GlyphCodes::codeFor(uint32_t glyph, const std::string& text) {
    auto key = std::make_pair(glyph, text);
    if (auto it = codes_.find(key); it != codes_.end()) return it->second;
    char32_t c;
    char16_t code;
    bool natural = isSingleCodepoint(text, c) && c < 0xE000 && font_->codepointOf(glyph) == c &&
                   !glyphByCode_.count(static_cast<char16_t>(c));
    code = natural ? static_cast<char16_t>(c) : privateCode();
    codes_[key] = code;
    glyphByCode_[code] = glyph;
    textByCode_[code] = text;
    return code;
}

std::u16string GlyphCodes::addNestedComponents() {
    std::set<uint32_t> used;
    for (auto& [code, glyph] : glyphByCode_) used.insert(glyph);
    std::u16string added;
    for (uint32_t glyph : componentClosure(*font_, used)) {
        if (used.count(glyph)) continue;
        char16_t code = privateCode();
        glyphByCode_[code] = glyph;
        added += code;
    }
    return added;
}

std::vector<uint8_t> fontProgram(const GlyphCodes& codes, const std::string& postscriptName) {
    const Bytes font = subsetProgram(codes);
    auto tables = tableDirectory(font);
    for (const char* required : {"head", "glyf", "loca", "hmtx", "hhea", "maxp"})
        if (!tables.count(required)) throw std::runtime_error(std::string("font has no ") + required + " table");
    // Tables written here rather than copied: the cmap of the codes, the
    // name, and stand-ins for the hinting tables the subset left out, since libharu
    // embeds cvt, fpgm and prep in any case and stumbles on an empty one
    // (four zero bytes: zero cvt values, harmless SVTCA instructions).
    std::map<std::string, Bytes> written = {{"cmap", cmapTable(codes.glyphByCode())},
                                            {"name", nameTable(postscriptName)}};
    for (const char* hinting : {"cvt ", "fpgm", "prep"})
        if (!tables.count(hinting)) written[hinting] = Bytes(4, 0);
    for (auto& [tag, data] : written) tables[tag] = TableEntry{0, 0};
    std::vector<std::string> tags;
    for (auto& [tag, entry] : tables)
        if (embeddedTables().count(tag)) tags.push_back(tag);  // std::map keeps them sorted, as the format wants

    const auto n = static_cast<uint16_t>(tags.size());
    const auto [range, selector] = binarySearchHeader(n);
    Bytes out;
    write32(out, 0x00010000);
    write16(out, n);
    write16(out, static_cast<uint16_t>(16 * range));
    write16(out, selector);
    write16(out, static_cast<uint16_t>(16 * n - 16 * range));
    out.resize(12 + 16 * static_cast<size_t>(n), 0);
    size_t headAt = 0;
    for (uint16_t i = 0; i < n; ++i) {
        const std::string& tag = tags[i];
        const TableEntry& entry = tables[tag];
        Bytes data = written.count(tag) ? written.at(tag)
                                        : Bytes(font.begin() + entry.offset, font.begin() + entry.offset + entry.length);
        if (tag == "head") {
            if (data.size() < 54) throw std::runtime_error("short head table");
            put32(data, 8, 0);
        }
        size_t at = out.size();
        if (tag == "head") headAt = at;
        out.insert(out.end(), data.begin(), data.end());
        while (out.size() % 4) out.push_back(0);
        size_t record = 12 + 16 * static_cast<size_t>(i);
        std::memcpy(&out[record], tag.data(), 4);
        put32(out, record + 4, checksum(out, at, data.size()));
        put32(out, record + 8, static_cast<uint32_t>(at));
        put32(out, record + 12, static_cast<uint32_t>(data.size()));
    }
    put32(out, headAt + 8, 0xB1B0AFBA - checksum(out, 0, out.size()));
    return out;
}

std::string cidToGidMapStream(const GlyphCodes& codes) {
    constexpr size_t mapBytes = 2 * 0xFFFF;  // the length libharu gives it
    RunLengthWriter map;
    size_t written = 0;
    for (auto& [code, glyph] : codes.glyphByCode()) {
        map.zeros(2 * static_cast<size_t>(code) - written);
        map.literal(static_cast<uint8_t>(glyph >> 8));
        map.literal(static_cast<uint8_t>(glyph));
        written = 2 * static_cast<size_t>(code) + 2;
    }
    map.zeros(mapBytes - written);
    return deflated(map.finish());
}

}  // namespace wop::pdf
