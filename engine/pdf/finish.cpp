#include "pdf/finish.h"

#include <algorithm>
#include <memory>
#include <set>

#include <qpdf/Buffer.hh>
#include <qpdf/QPDF.hh>
#include <qpdf/QPDFObjectHandle.hh>
#include <qpdf/QPDFPageDocumentHelper.hh>
#include <qpdf/QPDFWriter.hh>

#include "pdf/flate.h"
#include "pdf/font_object.h"
#include "pdf/signature_fields.h"

namespace wop::pdf {

std::string fontResourceName(size_t index) { return "F" + std::to_string(index + 1); }

std::string propertiesName(size_t index) { return "R" + std::to_string(index + 1); }

bool readsRightToLeft(const layout::Metadata& metadata) { return metadata.lang == "ur"; }

namespace {

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
    if (readsRightToLeft(meta))
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

QPDFObjectHandle resourcesOf(QPDFPageObjectHelper& page) {
    QPDFObjectHandle resources = page.getObjectHandle().getKey("/Resources");
    if (!resources.isDictionary()) {
        resources = QPDFObjectHandle::newDictionary();
        page.getObjectHandle().replaceKey("/Resources", resources);
    }
    return resources;
}

// One font dictionary, shared by every page: a page that does not use a font
// may still name it.
void addFonts(QPDF& pdf, std::vector<QPDFPageObjectHelper>& pages, const std::vector<const GlyphCodes*>& fonts) {
    if (fonts.empty()) return;
    QPDFObjectHandle byName = QPDFObjectHandle::newDictionary();
    for (size_t i = 0; i < fonts.size(); ++i) byName.replaceKey("/" + fontResourceName(i), addFont(pdf, *fonts[i]));
    byName = pdf.makeIndirectObject(byName);
    for (auto& page : pages) resourcesOf(page).replaceKey("/Font", byName);
}

// The property lists that the lines' PDFium spans name (line_content.h).
void addProperties(std::vector<QPDFPageObjectHelper>& pages, const std::vector<std::vector<std::u16string>>& texts) {
    for (size_t p = 0; p < pages.size() && p < texts.size(); ++p) {
        if (texts[p].empty()) continue;
        QPDFObjectHandle properties = QPDFObjectHandle::newDictionary();
        for (size_t i = 0; i < texts[p].size(); ++i) {
            std::string utf16be = "\xFE\xFF";
            for (char16_t unit : texts[p][i]) {
                utf16be += static_cast<char>(unit >> 8);
                utf16be += static_cast<char>(unit & 0xFF);
            }
            QPDFObjectHandle list = QPDFObjectHandle::newDictionary();
            list.replaceKey("/ActualText", QPDFObjectHandle::newString(utf16be));
            properties.replaceKey("/" + propertiesName(i), list);
        }
        resourcesOf(pages[p]).replaceKey("/Properties", properties);
    }
}

// libharu leaves an image's pixels uncompressed (writer.cpp), and its
// transparency (/SMask): compressed here, once for an image every page shows.
void compressImages(std::vector<QPDFPageObjectHelper>& pages) {
    std::set<QPDFObjGen> done;
    auto compress = [&](QPDFObjectHandle stream) {
        if (!stream.isStream() || stream.getDict().hasKey("/Filter") || !done.insert(stream.getObjGen()).second) return;
        const std::shared_ptr<Buffer> data = stream.getRawStreamData();
        setFlateData(stream, {reinterpret_cast<const char*>(data->getBuffer()), data->getSize()});
    };
    for (auto& page : pages)
        for (auto& [name, image] : page.getImages()) {
            compress(image);
            compress(image.getDict().getKey("/SMask"));
        }
}

}  // namespace

std::string finishPdf(const std::string& drawn, const layout::PageSet& pages, const std::vector<const GlyphCodes*>& fonts,
                      const MarkedPages& marks) {
    QPDF pdf;
    pdf.processMemoryFile("the pages libharu drew", drawn.data(), drawn.size());
    std::vector<QPDFPageObjectHelper> pageHelpers = QPDFPageDocumentHelper(pdf).getAllPages();
    addFonts(pdf, pageHelpers, fonts);
    addProperties(pageHelpers, marks.pdfiumTexts);
    marks.marked.addTo(pdf, pageHelpers);
    // libharu leaves the contents uncompressed (writer.cpp): compressed
    // here, qpdf copies them through.
    for (auto& page : pageHelpers)
        for (QPDFObjectHandle& contents : page.getPageContents()) {
            const std::shared_ptr<Buffer> data = contents.getRawStreamData();
            setFlateData(contents, {reinterpret_cast<const char*>(data->getBuffer()), data->getSize()});
        }
    compressImages(pageHelpers);
    setMetadata(pdf, pages.metadata);
    setOutlines(pdf, pages.bookmarks, pageHelpers);
    addSignatureFields(pdf, pageHelpers, pages);
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
