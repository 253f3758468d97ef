#include "pdf/page_drawer.h"

#include <cmath>
#include <optional>
#include <string_view>
#include <variant>

#include <hpdf_pages.h>

#include "pdf/actual_text.h"
#include "pdf/line_content.h"
#include "pdf/text_layer.h"
#include "text/utf16.h"

namespace wop::pdf {
namespace {

// A line of text: the runs layout set side by side, in page order.
struct LineOfText {
    std::vector<const layout::TextItem*> runs;
    const layout::TextItem& first() const { return *runs.front(); }
};

using Drawable = std::variant<LineOfText, const layout::LineItem*, const layout::RectItem*, const layout::ImageItem*>;

// The page's items, a line's runs (one origin, one element) brought together.
std::vector<Drawable> drawablesOf(const layout::Page& page) {
    std::vector<Drawable> drawables;
    for (const layout::Item& item : page.items) {
        if (const auto* text = std::get_if<layout::TextItem>(&item)) {
            LineOfText* last = drawables.empty() ? nullptr : std::get_if<LineOfText>(&drawables.back());
            if (last && last->first().x == text->x && last->first().y == text->y && last->first().angle == text->angle &&
                last->first().element == text->element && last->first().opacity == text->opacity)
                last->runs.push_back(text);
            else
                drawables.push_back(LineOfText{{text}});
        } else if (const auto* line = std::get_if<layout::LineItem>(&item)) {
            drawables.push_back(line);
        } else if (const auto* rect = std::get_if<layout::RectItem>(&item)) {
            drawables.push_back(rect);
        } else if (const auto* image = std::get_if<layout::ImageItem>(&item)) {
            drawables.push_back(image);
        }  // a signature field is no drawing: finishing adds it (signature_fields.h)
    }
    return drawables;
}

std::vector<DirectedText> stretchesOf(const LineOfText& line) {
    std::vector<DirectedText> stretches;
    for (const layout::TextItem* item : inReadingOrder(line.runs))
        stretches.push_back({text::toUtf16(item->run.logicalText()), item->run.rightToLeft});
    return stretches;
}

std::u16string textOf(const std::vector<DirectedText>& stretches) {
    std::u16string text;
    for (const DirectedText& s : stretches) text += s.text;
    return text;
}

class PageDrawer {
public:
    PageDrawer(HPDF_Doc doc, HPDF_Page page, size_t index, EmbeddedFonts& fonts, const LoadedImages& images,
               MarkedPages& marks)
        : doc_(doc), page_(page), index_(index), fonts_(fonts), images_(images), marks_(marks) {}

    void draw(const layout::Page& page) {
        const std::vector<Drawable> drawables = drawablesOf(page);
        // Poppler reorders a page's lines by the direction of most of its letters.
        int weight = 0;
        for (const Drawable& d : drawables)
            if (const LineOfText* line = std::get_if<LineOfText>(&d)) weight += popplerDirectionWeight(textOf(stretchesOf(*line)));
        rightToLeftPage_ = weight < 0;
        for (const Drawable& d : drawables) std::visit([this](const auto& it) { drawItem(it); }, d);
        endArtifact();
    }

private:
    HPDF_Doc doc_;
    HPDF_Page page_;
    size_t index_;
    EmbeddedFonts& fonts_;
    const LoadedImages& images_;
    MarkedPages& marks_;
    bool rightToLeftPage_ = false;
    bool inArtifact_ = false;  // in a marked-content sequence of consecutive rules and fills
    std::map<int, HPDF_ExtGState> opacityStates_;
    // The font, size, colours and line width in force: PDF keeps them from
    // one object to the next, so they are written only when they change
    // (a table draws hundreds of rules alike).
    struct State {
        TextState text;
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

    void endArtifact() {
        if (!inArtifact_) return;
        writeContent("EMC\n");
        inArtifact_ = false;
    }

    // A rule or fill in the structure is a sequence of its own; furniture
    // next to furniture shares one.
    template <class DrawPath>
    void drawPath(int element, DrawPath draw) {
        if (element == layout::artifact && !inArtifact_) {
            writeContent("/Artifact BMC\n");
            inArtifact_ = true;
        } else if (element != layout::artifact) {
            endArtifact();
            writeContent(marks_.marked.open(index_, element, "") + " BDC\n");
        }
        draw();
        if (element != layout::artifact) writeContent("EMC\n");
    }

    void drawItem(const layout::LineItem* line) {
        drawPath(line->element, [&] {
            if (line->width != state_.lineWidth) {
                HPDF_Page_SetLineWidth(page_, line->width);
                state_.lineWidth = line->width;
            }
            if (!same(state_.stroke, line->color)) {
                HPDF_Page_SetRGBStroke(page_, line->color.r, line->color.g, line->color.b);
                state_.stroke = line->color;
            }
            HPDF_Page_MoveTo(page_, line->x1, line->y1);
            HPDF_Page_LineTo(page_, line->x2, line->y2);
            HPDF_Page_Stroke(page_);
        });
    }

    void drawItem(const layout::RectItem* rect) {
        drawPath(rect->element, [&] {
            setFill(rect->fill);
            HPDF_Page_Rectangle(page_, rect->x, rect->y, rect->width, rect->height);
            HPDF_Page_Fill(page_);
        });
    }

    // A logo or a seal: furniture to a reader. libharu saves and restores
    // the graphics state around it, so the state known to be in force stays so.
    void drawItem(const layout::ImageItem* image) {
        drawPath(layout::artifact, [&] {
            HPDF_Page_DrawImage(page_, images_.at(image->sha256), image->x, image->y, image->width, image->height);
        });
    }

    void setOpacity(float opacity) {
        int key = static_cast<int>(std::lround(opacity * 100));
        auto& state = opacityStates_[key];
        if (!state) {
            state = HPDF_CreateExtGState(doc_);
            HPDF_ExtGState_SetAlphaFill(state, opacity);
        }
        HPDF_Page_SetExtGState(page_, state);
    }

    // What the viewers that reorder text need: every line, on a page or in
    // a document they read right to left, or with right-to-left runs.
    LineMarking markingOf(const LineOfText& line, const TextLayer& layer) {
        LineMarking marking;
        const std::vector<DirectedText> stretches = stretchesOf(line);
        bool rightToLeftRuns = false;
        for (const DirectedText& s : stretches) rightToLeftRuns = rightToLeftRuns || s.rightToLeft;
        if (rightToLeftRuns || rightToLeftPage_ || marks_.rightToLeftDocument) {
            marking.popplerText = popplerActualText(stretches, rightToLeftPage_);
            std::vector<std::u16string>& texts = marks_.pdfiumTexts.at(index_);
            marking.pdfiumProperties = "/" + propertiesName(texts.size());
            texts.push_back(pdfiumActualText(textOf(stretches), marks_.rightToLeftDocument));
        }
        for (const std::vector<LayerPart>* parts : {&layer.text, &layer.silent})
            for (const LayerPart& part : *parts)
                marking.sequences.push_back(line.first().element == layout::artifact
                                                ? "/Artifact BMC"
                                                : marks_.marked.open(index_, line.first().element, part.lang) + " BDC");
        return marking;
    }

    void drawItem(const LineOfText& line) {
        endArtifact();
        const layout::TextItem& first = line.first();
        const TextLayer layer = textLayer(line.runs);
        const LineMarking marking = markingOf(line, layer);
        const State before = state_;
        if (first.opacity < 1) {
            HPDF_Page_GSave(page_);
            setOpacity(first.opacity);
        }
        setFill(first.color);
        writeContent(lineContent(layer, {first.x, first.y, first.angle}, marking,
                                 [this](const text::Font& font) -> EmbeddedFont& { return *fonts_.at(&font); },
                                 state_.text));
        if (first.opacity < 1) {
            HPDF_Page_GRestore(page_);
            state_ = before;
        }
    }
};

}  // namespace

void drawPage(HPDF_Doc doc, HPDF_Page handle, size_t index, const layout::Page& page, EmbeddedFonts& fonts,
              const LoadedImages& images, MarkedPages& marks) {
    PageDrawer(doc, handle, index, fonts, images, marks).draw(page);
}

}  // namespace wop::pdf
