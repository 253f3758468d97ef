#include "pdf/font_object.h"

#include <algorithm>
#include <cmath>
#include <string_view>

#include <hb-ot.h>

#include "pdf/flate.h"
#include "pdf/font_program.h"
#include "pdf/font_table.h"
#include "pdf/hex_string.h"

namespace wop::pdf {
namespace {

// A length in font units as a number of the PDF's glyph space (1/1000 em):
// exact to 1/100 unit, without trailing zeros.
QPDFObjectHandle glyphSpace(double fontUnits, unsigned unitsPerEm) {
    const double value = std::round(fontUnits * 1000.0 / unitsPerEm * 100.0) / 100.0;
    if (value == std::floor(value)) return QPDFObjectHandle::newInteger(static_cast<long long>(value));
    return QPDFObjectHandle::newReal(value, 2, true);
}

// "ABCDEF+", the same for the same glyphs of the same font file, so that
// the same input gives the same bytes and two subsets never share a name.
std::string subsetTag(const GlyphCodes& codes) {
    uint64_t hash = 0xcbf29ce484222325;  // FNV-1a
    auto add = [&](std::string_view bytes) {
        for (unsigned char c : bytes) hash = (hash ^ c) * 0x100000001b3;
    };
    add(codes.font().path().string());
    for (uint16_t code = 1; code <= codes.count(); ++code) {
        add(std::to_string(codes.glyph(code)));
        add(codes.text(code));
    }
    std::string tag;
    for (int i = 0; i < 6; ++i, hash /= 26) tag += static_cast<char>('A' + hash % 26);
    return tag + '+';
}

// The PostScript name, with what a PDF name cannot hold replaced.
std::string pdfName(std::string name) {
    name = name.substr(0, 100);
    for (char& c : name)
        if (c <= ' ' || c > '~' || std::string_view("[](){}<>/%#").find(c) != std::string_view::npos) c = '-';
    return name.empty() ? "Font" : name;
}

// The box around every glyph (head: xMin yMin xMax yMax), in glyph space.
QPDFObjectHandle fontBox(const text::Font& font) {
    const FontTable head(font.hbFace(), HB_TAG('h', 'e', 'a', 'd'));
    QPDFObjectHandle box = QPDFObjectHandle::newArray();
    for (size_t at = 36; at <= 42; at += 2) box.appendItem(glyphSpace(static_cast<int16_t>(head.u16(at)), font.unitsPerEm()));
    return box;
}

QPDFObjectHandle descriptor(QPDF& pdf, const GlyphCodes& codes, const std::string& name, const std::string& program) {
    const text::Font& font = codes.font();
    const unsigned upem = font.unitsPerEm();
    hb_position_t capHeight = 0;
    if (!hb_ot_metrics_get_position(font.hbFont(), HB_OT_METRICS_TAG_CAP_HEIGHT, &capHeight) || capHeight <= 0)
        capHeight = font.ascender();

    QPDFObjectHandle file = newFlateStream(pdf, program);
    file.getDict().replaceKey("/Length1", QPDFObjectHandle::newInteger(static_cast<long long>(program.size())));

    QPDFObjectHandle d = QPDFObjectHandle::newDictionary();
    d.replaceKey("/Type", QPDFObjectHandle::newName("/FontDescriptor"));
    d.replaceKey("/FontName", QPDFObjectHandle::newName("/" + name));
    d.replaceKey("/Flags", QPDFObjectHandle::newInteger(4));  // symbolic: glyphs outside the standard Latin set
    d.replaceKey("/FontBBox", fontBox(font));
    const float slant = hb_style_get_value(font.hbFont(), HB_STYLE_TAG_SLANT_ANGLE);
    d.replaceKey("/ItalicAngle", QPDFObjectHandle::newReal(slant, 1, true));
    d.replaceKey("/Ascent", glyphSpace(font.ascender(), upem));
    d.replaceKey("/Descent", glyphSpace(-font.descender(), upem));
    d.replaceKey("/CapHeight", glyphSpace(capHeight, upem));
    d.replaceKey("/StemV", QPDFObjectHandle::newInteger(80));  // not in TrueType fonts; used only to stand in for a missing font
    d.replaceKey("/FontFile2", file);
    return pdf.makeIndirectObject(d);
}

// Codes run from 1 without gaps: one array of widths serves them all.
QPDFObjectHandle widths(const GlyphCodes& codes) {
    QPDFObjectHandle list = QPDFObjectHandle::newArray();
    for (uint16_t code = 1; code <= codes.count(); ++code)
        list.appendItem(glyphSpace(codes.font().advance(codes.glyph(code)), codes.font().unitsPerEm()));
    QPDFObjectHandle w = QPDFObjectHandle::newArray();
    w.appendItem(QPDFObjectHandle::newInteger(1));
    w.appendItem(list);
    return w;
}

std::string cidToGidMap(const FontProgram& program) {
    std::string map;
    map.reserve(2 * program.glyphByCode.size());
    for (uint16_t glyph : program.glyphByCode) {
        map += static_cast<char>(glyph >> 8);
        map += static_cast<char>(glyph & 0xFF);
    }
    return map;
}

// Every code is mapped: a viewer shows a code it cannot map as the
// replacement character, or as the code itself.
std::string toUnicodeCMap(const GlyphCodes& codes) {
    std::string cmap =
        "/CIDInit /ProcSet findresource begin\n12 dict begin\nbegincmap\n"
        "/CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def\n"
        "/CMapName /Adobe-Identity-UCS def\n/CMapType 2 def\n"
        "1 begincodespacerange\n<0000> <FFFF>\nendcodespacerange\n";
    for (size_t first = 1; first <= codes.count(); first += 100) {  // at most 100 to a block
        const size_t count = std::min<size_t>(100, codes.count() + 1 - first);
        cmap += std::to_string(count) + " beginbfchar\n";
        for (size_t code = first; code < first + count; ++code) {
            cmap += '<';
            appendHex(cmap, static_cast<char16_t>(code));
            cmap += "> <" + utf16Hex(codes.text(static_cast<uint16_t>(code))) + ">\n";
        }
        cmap += "endbfchar\n";
    }
    cmap += "endcmap\nCMapName currentdict /CMap defineresource pop\nend\nend\n";
    return cmap;
}

}  // namespace

QPDFObjectHandle addFont(QPDF& pdf, const GlyphCodes& codes) {
    const FontProgram program = fontProgram(codes);
    const std::string name = subsetTag(codes) + pdfName(codes.font().postscriptName());

    QPDFObjectHandle cidFont = QPDFObjectHandle::newDictionary();
    cidFont.replaceKey("/Type", QPDFObjectHandle::newName("/Font"));
    cidFont.replaceKey("/Subtype", QPDFObjectHandle::newName("/CIDFontType2"));
    cidFont.replaceKey("/BaseFont", QPDFObjectHandle::newName("/" + name));
    cidFont.replaceKey("/CIDSystemInfo",
                       QPDFObjectHandle::parse("<< /Registry (Adobe) /Ordering (Identity) /Supplement 0 >>"));
    cidFont.replaceKey("/FontDescriptor", descriptor(pdf, codes, name, program.data));
    cidFont.replaceKey("/W", widths(codes));
    cidFont.replaceKey("/CIDToGIDMap", newFlateStream(pdf, cidToGidMap(program)));

    QPDFObjectHandle descendants = QPDFObjectHandle::newArray();
    descendants.appendItem(pdf.makeIndirectObject(cidFont));
    QPDFObjectHandle font = QPDFObjectHandle::newDictionary();
    font.replaceKey("/Type", QPDFObjectHandle::newName("/Font"));
    font.replaceKey("/Subtype", QPDFObjectHandle::newName("/Type0"));
    font.replaceKey("/BaseFont", QPDFObjectHandle::newName("/" + name));
    font.replaceKey("/Encoding", QPDFObjectHandle::newName("/Identity-H"));
    font.replaceKey("/DescendantFonts", descendants);
    font.replaceKey("/ToUnicode", newFlateStream(pdf, toUnicodeCMap(codes)));
    return pdf.makeIndirectObject(font);
}

}  // namespace wop::pdf
