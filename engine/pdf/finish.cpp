#include "pdf/finish.h"

#include <algorithm>
#include <memory>
#include <set>
#include <sstream>
#include <stdexcept>

#include <qpdf/Buffer.hh>
#include <qpdf/QPDF.hh>
#include <qpdf/QPDFObjectHandle.hh>
#include <qpdf/QPDFPageDocumentHelper.hh>
#include <qpdf/QPDFWriter.hh>
#include <unicode/ustring.h>

namespace wop::pdf {

void appendHex(std::string& out, char16_t unit) {
    static constexpr char digits[] = "0123456789ABCDEF";
    for (int shift = 12; shift >= 0; shift -= 4) out += digits[(unit >> shift) & 0xF];
}

std::string utf16Hex(const std::string& utf8) {
    std::u16string units(utf8.size() + 1, u'\0');
    int32_t length = 0;
    UErrorCode status = U_ZERO_ERROR;
    u_strFromUTF8WithSub(reinterpret_cast<UChar*>(units.data()), static_cast<int32_t>(units.size()), &length,
                         utf8.data(), static_cast<int32_t>(utf8.size()), 0xFFFD, nullptr, &status);
    std::string hex;
    hex.reserve(4 * static_cast<size_t>(length));
    for (int32_t i = 0; i < length; ++i) appendHex(hex, units[static_cast<size_t>(i)]);
    return hex;
}

namespace {

// A ToUnicode CMap giving each code the text of the cluster its glyph stands
// for. Codes of marks and dots that share a cluster with their base carry no
// text and are left out, so each letter is extracted once.
std::string toUnicodeCMap(const GlyphCodes& codes) {
    std::vector<std::pair<char16_t, std::string>> entries;
    for (auto& [code, text] : codes.textByCode())
        if (!text.empty()) entries.emplace_back(code, utf16Hex(text));
    std::ostringstream cmap;
    cmap << "/CIDInit /ProcSet findresource begin\n12 dict begin\nbegincmap\n"
            "/CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def\n"
            "/CMapName /Adobe-Identity-UCS def\n/CMapType 2 def\n"
            "1 begincodespacerange\n<0000> <FFFF>\nendcodespacerange\n";
    for (size_t first = 0; first < entries.size(); first += 100) {
        size_t count = std::min<size_t>(100, entries.size() - first);
        cmap << count << " beginbfchar\n";
        for (size_t i = first; i < first + count; ++i) {
            std::string code;
            appendHex(code, entries[i].first);
            cmap << '<' << code << "> <" << entries[i].second << ">\n";
        }
        cmap << "endbfchar\n";
    }
    cmap << "endcmap\nCMapName currentdict /CMap defineresource pop\nend\nend\n";
    return cmap.str();
}

std::string pdfDate(const std::string& iso) {
    std::string digits;
    for (char c : iso)
        if (c >= '0' && c <= '9') digits += c;
    if (digits.size() != 8) return {};
    return "D:" + digits + "000000Z";
}

void setMetadata(QPDF& pdf, const layout::Metadata& meta) {
    QPDFObjectHandle info = pdf.makeIndirectObject(QPDFObjectHandle::newDictionary());
    auto set = [&](const char* key, const std::string& value) {
        if (!value.empty()) info.replaceKey(key, QPDFObjectHandle::newUnicodeString(value));
    };
    set("/Title", meta.title);
    set("/Subject", meta.subject);
    set("/Author", meta.author);
    set("/Keywords", meta.keywords);
    set("/Creator", "wopdocs");
    set("/Producer", "wopdocs (libharu, qpdf)");
    std::string date = pdfDate(meta.date);
    if (!date.empty()) {
        info.replaceKey("/CreationDate", QPDFObjectHandle::newString(date));
        info.replaceKey("/ModDate", QPDFObjectHandle::newString(date));
    }
    pdf.getTrailer().replaceKey("/Info", info);
    QPDFObjectHandle root = pdf.getRoot();
    if (!meta.lang.empty()) root.replaceKey("/Lang", QPDFObjectHandle::newUnicodeString(meta.lang));
    if (meta.lang == "ur")
        root.replaceKey("/ViewerPreferences", QPDFObjectHandle::parse("<< /Direction /R2L >>"));
    root.replaceKey("/PageMode", QPDFObjectHandle::newName("/UseOutlines"));
}

// Bookmarks nest by heading level: an h2 goes under the h1 before it.
void setOutlines(QPDF& pdf, const std::vector<layout::Bookmark>& bookmarks, std::vector<QPDFPageObjectHelper>& pages) {
    if (bookmarks.empty()) return;
    QPDFObjectHandle root = pdf.makeIndirectObject(QPDFObjectHandle::parse("<< /Type /Outlines >>"));
    struct Open {
        QPDFObjectHandle node;
        int level;
        QPDFObjectHandle last;
        int count = 0;
    };
    std::vector<Open> stack{{root, 0, QPDFObjectHandle::newNull()}};
    auto close = [](Open& o) {
        if (o.count) o.node.replaceKey("/Count", QPDFObjectHandle::newInteger(o.level == 0 ? o.count : -o.count));
    };
    for (const layout::Bookmark& b : bookmarks) {
        while (stack.size() > 1 && stack.back().level >= b.level) {
            close(stack.back());
            stack.pop_back();
        }
        Open& parent = stack.back();
        QPDFObjectHandle item = pdf.makeIndirectObject(QPDFObjectHandle::newDictionary());
        item.replaceKey("/Title", QPDFObjectHandle::newUnicodeString(b.title));
        item.replaceKey("/Parent", parent.node);
        QPDFObjectHandle dest = QPDFObjectHandle::newArray();
        dest.appendItem(pages.at(static_cast<size_t>(b.page)).getObjectHandle());
        dest.appendItem(QPDFObjectHandle::newName("/XYZ"));
        dest.appendItem(QPDFObjectHandle::newNull());
        dest.appendItem(QPDFObjectHandle::newReal(b.y, 2));
        dest.appendItem(QPDFObjectHandle::newNull());
        item.replaceKey("/Dest", dest);
        if (parent.last.isNull()) {
            parent.node.replaceKey("/First", item);
        } else {
            parent.last.replaceKey("/Next", item);
            item.replaceKey("/Prev", parent.last);
        }
        parent.node.replaceKey("/Last", item);
        parent.last = item;
        for (Open& o : stack) ++o.count;
        stack.push_back({item, b.level, QPDFObjectHandle::newNull()});
    }
    while (!stack.empty()) {
        close(stack.back());
        stack.pop_back();
    }
    pdf.getRoot().replaceKey("/Outlines", root);
}

// Each font gets the ToUnicode map and the CIDToGIDMap of its codes (in
// place of libharu's, which gives two bytes to every code up to 0xFFFE).
void replaceFontMaps(QPDF& pdf, std::vector<QPDFPageObjectHelper>& pages,
                     const std::map<std::string, const GlyphCodes*>& codesByFontName) {
    std::set<QPDFObjGen> done;
    for (auto& page : pages) {
        QPDFObjectHandle fonts = page.getObjectHandle().getKey("/Resources").getKey("/Font");
        if (!fonts.isDictionary()) continue;
        for (const std::string& key : fonts.getKeys()) {
            QPDFObjectHandle font = fonts.getKey(key);
            if (!font.isDictionary() || !done.insert(font.getObjGen()).second) continue;
            QPDFObjectHandle base = font.getKey("/BaseFont");
            if (!base.isName()) continue;
            std::string name = base.getName().substr(1);
            // libharu writes "HPDFAA+Name" and appends ",Bold" to bold faces.
            if (auto plus = name.find('+'); plus != std::string::npos) name = name.substr(plus + 1);
            if (auto comma = name.find(','); comma != std::string::npos) name.resize(comma);
            auto it = codesByFontName.find(name);
            if (it == codesByFontName.end()) throw std::runtime_error("no glyph codes for font " + name);
            // New data in libharu's streams where it wrote them: making a
            // new stream has qpdf walk every object of the file.
            QPDFObjectHandle toUnicode = font.getKey("/ToUnicode");
            if (toUnicode.isStream())
                toUnicode.replaceStreamData(toUnicodeCMap(*it->second), QPDFObjectHandle::newNull(),
                                            QPDFObjectHandle::newNull());
            else
                font.replaceKey("/ToUnicode", QPDFObjectHandle::newStream(&pdf, toUnicodeCMap(*it->second)));
            QPDFObjectHandle descendants = font.getKey("/DescendantFonts");
            if (descendants.isArray() && descendants.getArrayNItems() == 1 &&
                descendants.getArrayItem(0).getKey("/CIDToGIDMap").isStream()) {
                QPDFObjectHandle filters = QPDFObjectHandle::newArray();
                filters.appendItem(QPDFObjectHandle::newName("/FlateDecode"));
                filters.appendItem(QPDFObjectHandle::newName("/RunLengthDecode"));
                descendants.getArrayItem(0).getKey("/CIDToGIDMap").replaceStreamData(
                    cidToGidMapStream(*it->second), filters, QPDFObjectHandle::newNull());
            }
        }
    }
}

}  // namespace

std::string finishPdf(const std::string& drawn, const layout::PageSet& pages,
                      const std::map<std::string, const GlyphCodes*>& codesByFontName) {
    QPDF pdf;
    pdf.processMemoryFile("the pages libharu drew", drawn.data(), drawn.size());
    std::vector<QPDFPageObjectHelper> pageHelpers = QPDFPageDocumentHelper(pdf).getAllPages();
    replaceFontMaps(pdf, pageHelpers, codesByFontName);
    setMetadata(pdf, pages.metadata);
    setOutlines(pdf, pages.bookmarks, pageHelpers);
    QPDFWriter writer(pdf);
    writer.setOutputMemory();
    writer.setObjectStreamMode(qpdf_o_generate);
    writer.setCompressStreams(true);
    writer.setDeterministicID(true);
    writer.write();
    const std::shared_ptr<Buffer> finished = writer.getBufferSharedPointer();
    return std::string(reinterpret_cast<const char*>(finished->getBuffer()), finished->getSize());
}

}  // namespace wop::pdf
