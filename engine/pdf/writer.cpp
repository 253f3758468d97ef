#include "pdf/writer.h"

#include <algorithm>
#include <cstdio>
#include <map>
#include <memory>
#include <string>
#include <system_error>
#include <vector>

#include <hpdf.h>

#include "base/durable_file.h"
#include "pdf/finish.h"
#include "pdf/page_drawer.h"
#include "pdf/seal.h"

namespace wop::pdf {
namespace {

// libharu reports errors through a C callback; exceptions must not cross
// it, so the callback records the first error and the calls are checked.
struct HaruErrors {
    HPDF_STATUS code = HPDF_OK;
    HPDF_STATUS detail = 0;
};

void recordError(HPDF_STATUS code, HPDF_STATUS detail, void* data) {
    auto* errors = static_cast<HaruErrors*>(data);
    if (errors->code == HPDF_OK) *errors = {code, detail};
}

class HaruDocument {
public:
    HaruDocument() : doc_(HPDF_New(recordError, &errors_)) {
        if (!doc_) throw PdfError("libharu could not start a document");
        // Streams stay plain: each is compressed once, when the file is
        // finished (finish.h, flate.h).
        HPDF_SetCompressionMode(doc_, HPDF_COMP_NONE);
        check("setting up");
    }
    ~HaruDocument() { HPDF_Free(doc_); }
    HaruDocument(const HaruDocument&) = delete;
    HaruDocument& operator=(const HaruDocument&) = delete;

    HPDF_Doc get() const { return doc_; }
    void check(const std::string& what) const {
        if (errors_.code != HPDF_OK) {
            char hex[32];
            std::snprintf(hex, sizeof hex, "0x%04X/%u", static_cast<unsigned>(errors_.code),
                          static_cast<unsigned>(errors_.detail));
            throw PdfError("libharu failed " + what + " (error " + hex + ")");
        }
    }

private:
    HaruErrors errors_;
    HPDF_Doc doc_;
};

// The fonts of the pages, numbered in the order of their paths, so that the
// same pages always make the same bytes.
std::vector<EmbeddedFont*> collectFonts(const layout::PageSet& pages, EmbeddedFonts& fonts) {
    for (const layout::Page& page : pages.pages)
        for (const layout::Item& item : page.items)
            if (auto* text = std::get_if<layout::TextItem>(&item); text && !fonts.count(text->run.font))
                fonts[text->run.font] = std::make_unique<EmbeddedFont>(EmbeddedFont{GlyphCodes(*text->run.font), {}});
    std::vector<EmbeddedFont*> ordered;
    for (auto& [font, embedded] : fonts) ordered.push_back(embedded.get());
    std::sort(ordered.begin(), ordered.end(),
              [](auto* a, auto* b) { return a->codes.font().path() < b->codes.font().path(); });
    for (size_t i = 0; i < ordered.size(); ++i) ordered[i]->resource = "/" + fontResourceName(i) + " ";
    return ordered;
}

LoadedImages loadImages(HaruDocument& doc, const base::Images& images) {
    LoadedImages loaded;
    for (const auto& [sha256, image] : images) {
        const auto* bytes = reinterpret_cast<const HPDF_BYTE*>(image->bytes.data());
        const auto size = static_cast<HPDF_UINT>(image->bytes.size());
        loaded[sha256] = image->header.format == base::ImageFormat::Png ? HPDF_LoadPngImageFromMem(doc.get(), bytes, size)
                                                                        : HPDF_LoadJpegImageFromMem(doc.get(), bytes, size);
        doc.check("reading the image sha256:" + sha256);
    }
    return loaded;
}

std::string drawAndFinish(const layout::PageSet& pages) {
    std::string drawn;  // the file libharu writes, kept in memory for qpdf
    EmbeddedFonts fonts;
    const std::vector<EmbeddedFont*> ordered = collectFonts(pages, fonts);
    MarkedPages marks{MarkedContent(pages.structure, pages.metadata.lang),
                      std::vector<std::vector<std::u16string>>(pages.pages.size()), readsRightToLeft(pages.metadata)};
    {
        HaruDocument doc;
        const LoadedImages images = loadImages(doc, pages.images);
        for (size_t i = 0; i < pages.pages.size(); ++i) {
            const layout::Page& page = pages.pages[i];
            HPDF_Page handle = HPDF_AddPage(doc.get());
            HPDF_Page_SetWidth(handle, page.width);
            HPDF_Page_SetHeight(handle, page.height);
            drawPage(doc.get(), handle, i, page, fonts, images, marks);
            doc.check("drawing a page");
        }
        HPDF_SaveToStream(doc.get());
        doc.check("saving the pages");
        drawn.resize(HPDF_GetStreamSize(doc.get()));
        auto size = static_cast<HPDF_UINT32>(drawn.size());
        HPDF_ReadFromStream(doc.get(), reinterpret_cast<HPDF_BYTE*>(drawn.data()), &size);
        doc.check("saving the pages");
        drawn.resize(size);
    }

    std::vector<const GlyphCodes*> codes;
    for (EmbeddedFont* font : ordered) codes.push_back(&font->codes);
    return finishPdf(drawn, pages, codes, marks);
}

}  // namespace

std::string makePdf(const layout::PageSet& pages, const Signer* seal) {
    try {
        std::string finished = drawAndFinish(pages);
        if (seal) return sealPdf(finished, *seal);
        return finished;
    } catch (const PdfError&) {
        throw;
    } catch (const std::exception& e) {
        throw PdfError(std::string("cannot make the PDF: ") + e.what());
    }
}

void writePdf(const layout::PageSet& pages, const std::filesystem::path& path, const Signer* seal) {
    const std::string bytes = makePdf(pages, seal);
    try {
        base::writeFileAtomically(path, bytes);
    } catch (const std::system_error& e) {  // names its file already
        throw PdfError(e.what());
    }
}

}  // namespace wop::pdf
