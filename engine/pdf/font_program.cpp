#include "pdf/font_program.h"

#include <algorithm>
#include <array>
#include <cstring>
#include <map>
#include <memory>
#include <stdexcept>
#include <string_view>

#include <arpa/inet.h>

#include "pdf/font_table.h"

namespace wop::pdf {
namespace {

void put16(std::string& out, size_t at, uint16_t value) {
    out[at] = static_cast<char>(value >> 8);
    out[at + 1] = static_cast<char>(value);
}
void append16(std::string& out, uint16_t value) {
    out.append(2, '\0');
    put16(out, out.size() - 2, value);
}
void append32(std::string& out, uint32_t value) {
    append16(out, static_cast<uint16_t>(value >> 16));
    append16(out, static_cast<uint16_t>(value));
}

// The sum of a table's big-endian 32-bit words, as the table directory
// records it (the last word padded with zeros). Every byte of a font
// program is summed twice, for its table and for the whole file: a word at
// a time, not a byte.
uint32_t checksum(std::string_view table) {
    uint32_t sum = 0;
    size_t at = 0;
    for (; table.size() - at >= 4; at += 4) {
        uint32_t word;
        std::memcpy(&word, table.data() + at, 4);
        sum += ntohl(word);
    }
    uint32_t last = 0;
    for (size_t i = at; i < at + 4; ++i) last = last << 8 | (i < table.size() ? static_cast<uint8_t>(table[i]) : 0);
    return sum + last;
}

// Composite glyph component flags (OpenType 'glyf').
constexpr uint16_t argsAreWords = 0x0001, haveScale = 0x0008, moreComponents = 0x0020, haveXYScale = 0x0040,
                   haveTwoByTwo = 0x0080, haveInstructions = 0x0100;

class GlyphTable {
public:
    explicit GlyphTable(hb_face_t* face)
        : head_(face, HB_TAG('h', 'e', 'a', 'd')), loca_(face, HB_TAG('l', 'o', 'c', 'a')),
          glyf_(face, HB_TAG('g', 'l', 'y', 'f')), count_(hb_face_get_glyph_count(face)),
          longOffsets_(head_.u16(50) != 0) {}

    unsigned count() const { return count_; }
    bool hasOutlines() const { return !glyf_.bytes().empty() && !loca_.bytes().empty(); }

    std::string_view glyph(uint32_t id) const {
        const size_t start = offset(id), end = offset(id + 1);
        if (end < start) throw std::out_of_range("glyph offsets out of order");
        return glyf_.bytes(start, end - start);
    }

    // Calls `visit` with where each component of a composite glyph names
    // its glyph; returns where the components end.
    template <typename Visit>
    static size_t forEachComponent(std::string_view glyph, Visit visit) {
        size_t at = 10;
        uint16_t flags = moreComponents;
        while (flags & moreComponents) {
            flags = readU16(glyph, at);
            visit(at + 2);
            at += 4 + ((flags & argsAreWords) ? 4 : 2);
            if (flags & haveScale) at += 2;
            else if (flags & haveXYScale) at += 4;
            else if (flags & haveTwoByTwo) at += 8;
        }
        return at;
    }

    static bool isComposite(std::string_view glyph) { return glyph.size() >= 10 && static_cast<int16_t>(readU16(glyph, 0)) < 0; }

private:
    size_t offset(uint32_t id) const { return longOffsets_ ? loca_.u32(4 * size_t{id}) : 2 * size_t{loca_.u16(2 * size_t{id})}; }

    FontTable head_, loca_, glyf_;
    unsigned count_;
    bool longOffsets_;
};

// Where a simple glyph's points end, from `flagsAt`: the font pads glyphs
// beyond it.
size_t simpleGlyphEnd(std::string_view glyph, size_t contours, size_t flagsAt) {
    constexpr uint8_t xShort = 0x02, yShort = 0x04, repeat = 0x08, xSame = 0x10, ySame = 0x20;
    size_t points = contours ? size_t{readU16(glyph, 10 + 2 * (contours - 1))} + 1 : 0;
    size_t at = flagsAt, coordinates = 0;
    auto byte = [&](size_t i) {
        if (i >= glyph.size()) throw std::out_of_range("glyph too short");
        return static_cast<uint8_t>(glyph[i]);
    };
    while (points > 0) {
        const uint8_t flags = byte(at++);
        const size_t times = std::min<size_t>(points, (flags & repeat) ? size_t{byte(at++)} + 1 : 1);
        const size_t x = (flags & xShort) ? 1 : (flags & xSame) ? 0 : 2;
        const size_t y = (flags & yShort) ? 1 : (flags & ySame) ? 0 : 2;
        coordinates += times * (x + y);
        points -= times;
    }
    if (at + coordinates > glyph.size()) throw std::out_of_range("glyph too short");
    return at + coordinates;
}

// A glyph's data without its hinting instructions and the font's padding,
// its components renumbered.
std::string strippedGlyph(std::string_view glyph, const std::map<uint32_t, uint16_t>& newId) {
    if (glyph.empty()) return {};
    std::string out;
    if (GlyphTable::isComposite(glyph)) {
        out.assign(glyph);
        size_t lastFlags = 0;
        const size_t end = GlyphTable::forEachComponent(glyph, [&](size_t idAt) {
            put16(out, idAt, newId.at(readU16(glyph, idAt)));
            lastFlags = idAt - 2;
        });
        put16(out, lastFlags, static_cast<uint16_t>(readU16(out, lastFlags) & ~haveInstructions));
        out.resize(end);
    } else {
        const size_t contours = readU16(glyph, 0);
        const size_t instructionsAt = 10 + 2 * contours;
        const size_t instructions = readU16(glyph, instructionsAt);
        const size_t rest = instructionsAt + 2 + instructions;
        if (rest > glyph.size()) throw std::out_of_range("glyph too short");
        out.assign(glyph.substr(0, instructionsAt));
        append16(out, 0);
        out.append(glyph.substr(rest, simpleGlyphEnd(glyph, contours, rest) - rest));
    }
    if (out.size() % 2) out += '\0';  // short loca offsets count words
    return out;
}

}  // namespace

FontProgram fontProgram(const GlyphCodes& codes) {
    const text::Font& font = codes.font();
    hb_face_t* face = font.hbFace();
    auto fail = [&](const std::string& why) { return std::runtime_error(why + ": " + font.path().string()); };
    try {
        const GlyphTable glyphs(face);
        if (!glyphs.hasOutlines()) throw fail("cannot embed a font without TrueType outlines (glyf)");

        // The glyphs drawn, .notdef and every component they are built
        // from, numbered in the order of the font.
        std::map<uint32_t, uint16_t> newId{{0, 0}};
        std::vector<uint32_t> pending;
        for (uint16_t code = 1; code <= codes.count(); ++code) pending.push_back(codes.glyph(code));
        // .notdef must be there, but keeps its outline only if drawn.
        const bool drawsNotdef = std::find(pending.begin(), pending.end(), 0u) != pending.end();
        while (!pending.empty()) {
            const uint32_t id = pending.back();
            pending.pop_back();
            if (id >= glyphs.count()) throw fail("a glyph number beyond the font's glyphs");
            if (!newId.emplace(id, 0).second) continue;
            const std::string_view glyph = glyphs.glyph(id);
            if (GlyphTable::isComposite(glyph))
                GlyphTable::forEachComponent(glyph, [&](size_t idAt) { pending.push_back(readU16(glyph, idAt)); });
        }
        uint16_t next = 0;
        for (auto& [old, id] : newId) id = next++;

        const FontTable hhea(face, HB_TAG('h', 'h', 'e', 'a')), hmtx(face, HB_TAG('h', 'm', 't', 'x')),
            maxp(face, HB_TAG('m', 'a', 'x', 'p')), head(face, HB_TAG('h', 'e', 'a', 'd'));
        const unsigned metrics = hhea.u16(34);
        if (metrics == 0) throw fail("a font without horizontal metrics");

        std::string glyf, loca, widths;
        std::vector<size_t> offsets;
        std::vector<uint16_t> advances, bearings;
        for (const auto& [old, id] : newId) {
            offsets.push_back(glyf.size());
            if (old != 0 || drawsNotdef) glyf += strippedGlyph(glyphs.glyph(old), newId);
            advances.push_back(hmtx.u16(4 * size_t{std::min(old, metrics - 1)}));
            bearings.push_back(old < metrics ? hmtx.u16(4 * size_t{old} + 2) : hmtx.u16(4 * size_t{metrics} + 2 * (old - metrics)));
        }
        offsets.push_back(glyf.size());
        // The last glyphs' common advance is written once, as the format allows.
        uint16_t newMetrics = next;
        while (newMetrics > 1 && advances[newMetrics - 1] == advances[newMetrics - 2]) --newMetrics;
        for (uint16_t i = 0; i < next; ++i) {
            if (i < newMetrics) append16(widths, advances[i]);
            append16(widths, bearings[i]);
        }
        const bool longOffsets = glyf.size() > 2 * size_t{0xFFFF};
        for (size_t offset : offsets)
            longOffsets ? append32(loca, static_cast<uint32_t>(offset)) : append16(loca, static_cast<uint16_t>(offset / 2));

        std::string newHead(head.bytes(0, 54)), newHhea(hhea.bytes(0, 36)), newMaxp(maxp.bytes(0, 6));
        newMaxp += maxp.bytes().substr(6);  // version 1.0's limits, still true of fewer glyphs
        put16(newHead, 8, 0);  // checkSumAdjustment, set once the whole font is known
        put16(newHead, 10, 0);
        put16(newHead, 50, longOffsets ? 1 : 0);
        put16(newHhea, 34, newMetrics);
        put16(newMaxp, 4, next);

        // Tables in tag order, each on a four-byte boundary.
        const std::array<std::pair<const char*, const std::string*>, 6> tables{
            {{"glyf", &glyf}, {"head", &newHead}, {"hhea", &newHhea}, {"hmtx", &widths}, {"loca", &loca}, {"maxp", &newMaxp}}};
        std::string sfnt;
        append32(sfnt, 0x00010000);
        append16(sfnt, tables.size());
        append16(sfnt, 64);  // search range, entry selector and range shift of six tables
        append16(sfnt, 2);
        append16(sfnt, 6 * 16 - 64);
        size_t at = 12 + 16 * tables.size(), headAt = 0;
        for (const auto& [tag, data] : tables) {
            sfnt.append(tag, 4);
            append32(sfnt, checksum(*data));
            append32(sfnt, static_cast<uint32_t>(at));
            append32(sfnt, static_cast<uint32_t>(data->size()));
            if (std::string_view(tag) == "head") headAt = at;
            at += (data->size() + 3) / 4 * 4;
        }
        for (const auto& [tag, data] : tables) {
            sfnt += *data;
            sfnt.append((4 - data->size() % 4) % 4, '\0');
        }
        const uint32_t adjustment = 0xB1B0AFBA - checksum(sfnt);
        put16(sfnt, headAt + 8, static_cast<uint16_t>(adjustment >> 16));
        put16(sfnt, headAt + 10, static_cast<uint16_t>(adjustment));

        FontProgram program;
        program.data = std::move(sfnt);
        program.glyphByCode.assign(codes.count() + 1u, 0);
        for (uint16_t code = 1; code <= codes.count(); ++code) program.glyphByCode[code] = newId.at(codes.glyph(code));
        return program;
    } catch (const std::out_of_range& e) {
        throw fail(std::string("a malformed font (") + e.what() + ")");
    }
}

}  // namespace wop::pdf
