#include "pdf/writer.h"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <system_error>
#include <vector>

#include <hpdf.h>
#include <hpdf_pages.h>

#include "base/durable_file.h"
#include "pdf/finish.h"
#include "pdf/glyph_codes.h"
#include "pdf/hex_string.h"
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

// libharu draws no text: its fonts reach glyphs only through a cmap. The
// text operators go straight into the content streams, naming fonts that
// qpdf embeds afterwards (finish.h).
struct EmbeddedFont {
    GlyphCodes codes;
    std::string resource;  // "/F1 "
};

using EmbeddedFonts = std::map<const text::Font*, std::unique_ptr<EmbeddedFont>>;

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

// A length in points as the content stream prints it: to 1/100 pt, without
// trailing zeros (printf's %f costs more than the rest of a glyph).
void appendNumber(std::string& out, double value) {
    long long hundredths = std::llround(value * 100);
    if (hundredths < 0) {
        out += '-';
        hundredths = -hundredths;
    }
    out += std::to_string(hundredths / 100);
    const int fraction = static_cast<int>(hundredths % 100);
    if (fraction == 0) return;
    out += '.';
    out += static_cast<char>('0' + fraction / 10);
    if (fraction % 10) out += static_cast<char>('0' + fraction % 10);
}

// Each image the pages draw, loaded once, however many pages draw it: one
// XObject in the file.
using LoadedImages = std::map<std::string, HPDF_Image>;

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

class PageDrawer {
public:
    PageDrawer(HaruDocument& doc, HPDF_Page page, EmbeddedFonts& fonts, const LoadedImages& images)
        : doc_(doc), page_(page), fonts_(fonts), images_(images) {}

    void draw(const layout::Item& item) {
        std::visit([this](const auto& it) { drawItem(it); }, item);
    }

private:
    HaruDocument& doc_;
    HPDF_Page page_;
    EmbeddedFonts& fonts_;
    const LoadedImages& images_;
    std::map<int, HPDF_ExtGState> opacityStates_;
    // The font, size, colours and line width in force: PDF keeps them from
    // one object to the next, so they are written only when they change
    // (a table draws hundreds of rules alike).
    struct State {
        const EmbeddedFont* font = nullptr;
        float size = 0;
        std::optional<layout::Color> fill;
        std::optional<layout::Color> stroke;
        float lineWidth = -1;
    } state_;

    static bool same(const std::optional<layout::Color>& known, const layout::Color& c) {
        return known && known->r == c.r && known->g == c.g && known->b == c.b;
    }

    void setFill(const layout::Color& c) {
        if (same(state_.fill, c)) return;
        HPDF_Page_SetRGBFill(page_, c.r, c.g, c.b);
        state_.fill = c;
    }

    // Into the page's content stream as it is, past libharu's drawing calls.
    void writeContent(std::string_view operators) {
        HPDF_Stream_Write(static_cast<HPDF_PageAttr>(page_->attr)->stream,
                          reinterpret_cast<const HPDF_BYTE*>(operators.data()), static_cast<HPDF_UINT>(operators.size()));
    }

    void drawItem(const layout::LineItem& line) {
        if (line.width != state_.lineWidth) {
            HPDF_Page_SetLineWidth(page_, line.width);
            state_.lineWidth = line.width;
        }
        if (!same(state_.stroke, line.color)) {
            HPDF_Page_SetRGBStroke(page_, line.color.r, line.color.g, line.color.b);
            state_.stroke = line.color;
        }
        HPDF_Page_MoveTo(page_, line.x1, line.y1);
        HPDF_Page_LineTo(page_, line.x2, line.y2);
        HPDF_Page_Stroke(page_);
    }

    // A field, not a drawing: finishing adds it (signature_fields.h).
    void drawItem(const layout::SignatureField&) {}

    // libharu saves and restores the graphics state around it: the state
    // known to be in force stays so.
    void drawItem(const layout::ImageItem& image) {
        HPDF_Page_DrawImage(page_, images_.at(image.sha256), image.x, image.y, image.width, image.height);
    }

    void drawItem(const layout::RectItem& rect) {
        setFill(rect.fill);
        HPDF_Page_Rectangle(page_, rect.x, rect.y, rect.width, rect.height);
        HPDF_Page_Fill(page_);
    }

    void setOpacity(float opacity) {
        int key = static_cast<int>(std::lround(opacity * 100));
        auto& state = opacityStates_[key];
        if (!state) {
            state = HPDF_CreateExtGState(doc_.get());
            HPDF_ExtGState_SetAlphaFill(state, opacity);
        }
        HPDF_Page_SetExtGState(page_, state);
    }

    // Right-to-left runs are drawn a word at a time, each word a text object
    // of its own with its actual text; extractors then see words in the
    // order and with the letters a reader does, not Nastaliq's cascade.
    void drawItem(const layout::TextItem& item) {
        const State before = state_;
        if (item.opacity < 1) {
            HPDF_Page_GSave(page_);
            setOpacity(item.opacity);
        }
        if (!item.run.font->isArabic()) {
            drawGlyphs(item, item.run, std::nullopt);
        } else {
            text::GlyphRun word{item.run.font, item.run.size, {}, item.run.rightToLeft};
            auto flushWord = [&]() {
                if (!word.glyphs.empty()) drawGlyphs(item, word, word.visualText());
                word.glyphs.clear();
            };
            for (const text::PlacedGlyph& g : item.run.glyphs) {
                if (g.text == " ") flushWord();
                else word.glyphs.push_back(g);
            }
            flushWord();
        }
        if (item.opacity < 1) {
            HPDF_Page_GRestore(page_);
            state_ = before;
        }
    }

    // Glyphs whose positions follow from the font's own advances share one
    // show-text operation; elsewhere (kerning, marks, justification) a new
    // text position starts.
    void drawGlyphs(const layout::TextItem& item, const text::GlyphRun& run,
                    const std::optional<std::string>& actualText) {
        EmbeddedFont& font = *fonts_.at(run.font);
        const text::Font& source = *run.font;
        const float scale = run.size / static_cast<float>(source.unitsPerEm());
        const float radians = item.angle * static_cast<float>(M_PI) / 180.0f;
        const float cosine = std::cos(radians), sine = std::sin(radians);

        // Nastaliq sets each letter at its own height along the cascade, and
        // extractors that read glyph positions split words and lines apart.
        // A marked-content span with /ActualText around the text object
        // tells them the text in reading order instead. libharu has no call
        // for it: it goes straight into the page's content stream.
        if (actualText) writeContent("/Span <</ActualText <feff" + utf16Hex(*actualText) + ">>> BDC\n");
        HPDF_Page_BeginText(page_);
        if (&font != state_.font || run.size != state_.size) {
            std::string select = font.resource;
            appendNumber(select, run.size);
            writeContent(select + " Tf\n");
            state_.font = &font;
            state_.size = run.size;
        }
        setFill(item.color);

        // Positions and glyphs go straight into the content stream: libharu's
        // text calls measure every string, print six digits of every number
        // and write nothing for a glyph of no advance (Nastaliq's dots).
        std::string operators;
        std::string pending;  // hex codes of glyphs to show together
        float startX = 0, startY = 0, expectedX = 0;
        std::optional<std::pair<float, float>> origin;  // where the text object's first glyph stands
        long long lineX = 0, lineY = 0;                  // where the last Td put the text line, in 1/100 pt from there
        auto flush = [&]() {
            if (pending.empty()) return;
            if (item.angle == 0) {
                // Unrotated text moves by Td, relative to the previous
                // position: shorter than a matrix. The first move places
                // the text object; the others are rounded to 1/100 pt from
                // there, so that they add up exactly and a word drawn again
                // (in another place) repeats the same bytes, which the
                // compression then stores once.
                if (!origin) {
                    origin.emplace(startX, startY);
                    appendNumber(operators, item.x + startX);
                    operators += ' ';
                    appendNumber(operators, item.y + startY);
                } else {
                    const long long x = std::llround((startX - origin->first) * 100.0);
                    const long long y = std::llround((startY - origin->second) * 100.0);
                    appendNumber(operators, static_cast<double>(x - lineX) / 100);
                    operators += ' ';
                    appendNumber(operators, static_cast<double>(y - lineY) / 100);
                    lineX = x;
                    lineY = y;
                }
                operators += " Td\n";
            } else {
                writeContent(operators);
                operators.clear();
                HPDF_Page_SetTextMatrix(page_, cosine, sine, -sine, cosine, item.x + cosine * startX - sine * startY,
                                        item.y + sine * startX + cosine * startY);
            }
            operators += '<' + pending + "> Tj\n";
            pending.clear();
        };
        for (const text::PlacedGlyph& g : run.glyphs) {
            const text::GlyphBounds bounds = source.bounds(g.glyph);
            const float advance = static_cast<float>(source.advance(g.glyph)) * scale;
            if (advance == 0 && bounds.top == bounds.bottom && g.text.empty()) continue;  // nothing to see or read
            bool continues = !pending.empty() && std::fabs(g.x - expectedX) < 0.01f && std::fabs(g.y - startY) < 0.01f;
            if (!continues) {
                flush();
                startX = g.x;
                startY = g.y;
                expectedX = g.x;
            }
            appendHex(pending, font.codes.codeFor(g.glyph, g.text));
            expectedX += advance;
        }
        flush();
        writeContent(operators);
        HPDF_Page_EndText(page_);
        if (actualText) writeContent("EMC\n");
    }
};

std::string drawAndFinish(const layout::PageSet& pages) {
    std::string drawn;  // the file libharu writes, kept in memory for qpdf
    EmbeddedFonts fonts;
    const std::vector<EmbeddedFont*> ordered = collectFonts(pages, fonts);
    {
        HaruDocument doc;
        const LoadedImages images = loadImages(doc, pages.images);
        for (size_t i = 0; i < pages.pages.size(); ++i) {
            const layout::Page& page = pages.pages[i];
            HPDF_Page handle = HPDF_AddPage(doc.get());
            HPDF_Page_SetWidth(handle, page.width);
            HPDF_Page_SetHeight(handle, page.height);
            PageDrawer drawer(doc, handle, fonts, images);
            for (const layout::Item& item : page.items) drawer.draw(item);
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
    return finishPdf(drawn, pages, codes);
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
