#include "pdf/viewer_rules.h"

#include <cmath>

#include <unicode/uchar.h>

#include "text/utf16.h"

namespace wop::pdf {
namespace {

// pdf.js's thresholds, in ems of the glyph's font size (text_layer.js).
constexpr float pdfjsMinSpace = 0.102f;    // TRACKING_SPACE_FACTOR, SPACE_IN_FLOW_MIN_FACTOR
constexpr float pdfjsMoveBack = -0.2f;     // NEGATIVE_SPACE_FACTOR
// MuPDF's, in ems (stext-device.c).
constexpr float mupdfMinSpace = 0.15f;     // SPACE_DIST
constexpr float mupdfMaxSpace = 0.8f;      // SPACE_MAX_DIST
constexpr float mupdfLineOffset = 0.8f;    // off the baseline by this much: a new line

constexpr char16_t rightToLeftMark = 0x200F;

float advanceOf(const LayerGlyph& g) {
    return static_cast<float>(g.font->advance(g.glyph)) * g.size / static_cast<float>(g.font->unitsPerEm());
}

bool hasRightToLeftLetter(const std::u16string& text) {
    for (char16_t c : text) {
        const UCharDirection d = u_charDirection(c);
        if (c != rightToLeftMark && (d == U_RIGHT_TO_LEFT || d == U_RIGHT_TO_LEFT_ARABIC)) return true;
    }
    return false;
}

bool hasMark(const std::u16string& text) {
    for (char16_t c : text)
        if (u_charType(c) == U_NON_SPACING_MARK) return true;
    return false;
}

std::vector<LayerGlyph*> textGlyphs(TextLayer& layer) {
    std::vector<LayerGlyph*> glyphs;
    for (LayerPart& part : layer.text)
        for (LayerGlyph& g : part.glyphs) glyphs.push_back(&g);
    return glyphs;
}

const std::string& languageOf(const TextLayer& layer, const LayerGlyph* glyph) {
    for (const LayerPart& part : layer.text)
        if (!part.glyphs.empty() && glyph >= part.glyphs.data() && glyph < part.glyphs.data() + part.glyphs.size())
            return part.lang;
    return layer.text.front().lang;
}

// A visible glyph's text moved onto an invisible carrier at (x, y); the
// glyph itself is drawn with the silent glyphs.
void carryElsewhere(TextLayer& layer, LayerGlyph& g, float x, float y) {
    if (!g.carrier) {
        LayerGlyph visible = g;
        visible.text = silentText(false);  // only left-to-right runs draw their letters themselves
        TextLayer::append(layer.silent, languageOf(layer, &g), visible);
        g.glyph = carrierGlyph(*g.font);
        g.carrier = true;
    }
    g.x = x;
    g.y = y;
}

void followPdfjs(TextLayer& layer) {
    bool started = false;
    float endX = 0, endY = 0;  // where the last glyph that moved pdf.js on ended
    bool itemRightToLeft = false, afterSpace = false;
    for (LayerGlyph* g : textGlyphs(layer)) {
        const std::u16string text = text::toUtf16(g->text);
        if (u_isUWhiteSpace(text.front())) {  // pdf.js skips it and remembers a space
            afterSpace = true;
            continue;
        }
        const bool diacritic = hasMark(text);  // joins the current item wherever it stands
        if (started && !diacritic) {
            float moved = g->x - endX;
            if (moved > pdfjsMinSpace * g->size && !afterSpace) {
                carryElsewhere(layer, *g, endX, endY);
                moved = 0;
            }
            if (moved < pdfjsMoveBack * g->size) itemRightToLeft = false;
            else if (itemRightToLeft || hasRightToLeftLetter(text)) g->newItem = true;
        } else if (diacritic && itemRightToLeft) {
            g->newItem = true;
        }
        if (g->newItem) itemRightToLeft = false;
        itemRightToLeft = itemRightToLeft || hasRightToLeftLetter(text);
        if (!diacritic) {
            started = true;
            endX = g->x + advanceOf(*g);
            endY = g->y;
        }
        afterSpace = u_isUWhiteSpace(text.back());
    }
}

void followMupdf(TextLayer& layer) {
    int direction = 1;  // of the last strong character
    float penX = 0, penY = 0;
    bool started = false, afterSpace = false;
    for (LayerGlyph* g : textGlyphs(layer)) {
        std::u16string text = text::toUtf16(g->text);
        if (started) {
            const UCharDirection first = u_charDirection(text.front());
            const int reads = first == U_LEFT_TO_RIGHT ? 1 : first == U_RIGHT_TO_LEFT || first == U_RIGHT_TO_LEFT_ARABIC ? -1 : direction;
            const float spacing = g->x - penX;
            const bool onBaseline = std::fabs(g->y - penY) < mupdfLineOffset * g->size;
            const bool breaks = std::fabs(spacing) > mupdfMaxSpace * g->size ||
                                (spacing > mupdfMinSpace * g->size && !afterSpace);
            if (reads >= 0 && onBaseline && breaks) {
                text.insert(text.begin(), rightToLeftMark);
                g->text.insert(0, "\u200F");
            }
        }
        for (char16_t c : text) {
            const UCharDirection d = u_charDirection(c);
            if (d == U_LEFT_TO_RIGHT) direction = 1;
            else if (d == U_RIGHT_TO_LEFT || d == U_RIGHT_TO_LEFT_ARABIC) direction = -1;
        }
        started = true;
        penX = g->x + advanceOf(*g);
        penY = g->y;
        afterSpace = text.back() == u' ';
    }
}

}  // namespace

void followViewerRules(TextLayer& layer) {
    if (layer.text.empty()) return;
    followPdfjs(layer);
    followMupdf(layer);
}

}  // namespace wop::pdf
