#include "pdf/text_layer.h"

#include <algorithm>

#include <hb.h>
#include <unicode/uchar.h>
#include <unicode/uscript.h>
#include <unicode/utf8.h>

#include "pdf/viewer_rules.h"
#include "text/utf16.h"

namespace wop::pdf {
namespace {

std::string languageOf(const text::GlyphRun& run) {
    if (run.font->isArabic()) return "ur";
    for (char16_t c : text::toUtf16(run.logicalText())) {
        UErrorCode status = U_ZERO_ERROR;
        if (u_isalpha(c) && uscript_getScript(c, &status) == USCRIPT_LATIN) return "en";
    }
    return "";
}

float advanceOf(const text::GlyphRun& run, uint32_t glyph) {
    return static_cast<float>(run.font->advance(glyph)) * run.size / static_cast<float>(run.font->unitsPerEm());
}

// UTF-8 text cut into its code points.
std::vector<std::string> codePoints(const std::string& utf8) {
    std::vector<std::string> points;
    const auto length = static_cast<int32_t>(utf8.size());
    for (int32_t at = 0; at < length;) {
        const int32_t start = at;
        UChar32 c;
        U8_NEXT(utf8.data(), at, length, c);
        points.push_back(utf8.substr(static_cast<size_t>(start), static_cast<size_t>(at - start)));
    }
    return points;
}

bool isMark(const std::string& codePoint) {
    UChar32 c;
    int32_t at = 0;
    U8_NEXT(codePoint.data(), at, static_cast<int32_t>(codePoint.size()), c);
    return u_charType(c) == U_NON_SPACING_MARK;
}

class LayerBuilder {
public:
    TextLayer layer;

    void add(const text::GlyphRun& run) {
        const std::string lang = languageOf(run);
        if (run.rightToLeft) addRightToLeft(run, lang);
        else addLeftToRight(run, lang);
    }

private:
    LayerGlyph glyphOf(const text::GlyphRun& run, const text::PlacedGlyph& g, std::string text) const {
        return {run.font, run.size, g.glyph, g.x, g.y, std::move(text)};
    }

    // A glyph that stands for nothing is drawn only if there is something to see.
    void addSilent(const text::GlyphRun& run, const text::PlacedGlyph& g, const std::string& lang) {
        const text::GlyphBounds bounds = run.font->bounds(g.glyph);
        if (bounds.top == bounds.bottom && run.font->advance(g.glyph) == 0) return;
        TextLayer::append(layer.silent, lang, glyphOf(run, g, silentText(run.rightToLeft)));
    }

    void addLeftToRight(const text::GlyphRun& run, const std::string& lang) {
        for (const text::PlacedGlyph& g : run.glyphs) {
            if (g.text.empty()) addSilent(run, g, lang);
            else TextLayer::append(layer.text, lang, glyphOf(run, g, g.text));
        }
    }

    void addRightToLeft(const text::GlyphRun& run, const std::string& lang) {
        std::vector<text::PlacedGlyph> reading(run.glyphs.rbegin(), run.glyphs.rend());
        const uint32_t carrier = carrierGlyph(*run.font);
        for (size_t first = 0; first < reading.size();) {
            if (reading[first].text == " ") {
                // A space that does not begin its text: pdf.js skips glyphs
                // that do, and would lose it between two right-to-left items.
                addCarrier(run, carrier, reading[first].x, silentText(true) + " ", false, lang);
                ++first;
                continue;
            }
            size_t end = first;
            float left = reading[first].x, right = reading[first].x;
            std::vector<std::string> letters;
            for (; end < reading.size() && reading[end].text != " "; ++end) {
                const text::PlacedGlyph& g = reading[end];
                left = std::min(left, g.x);
                right = std::max(right, g.x + advanceOf(run, g.glyph));
                addSilent(run, g, lang);
                for (std::string& letter : codePoints(g.text)) letters.push_back(std::move(letter));
            }
            const float step = letters.empty() ? 0 : (right - left) / static_cast<float>(letters.size());
            for (size_t k = 0; k < letters.size(); ++k) {
                // A mark alone: in an item with its letter, pdf.js would put it first.
                const bool mark = isMark(letters[k]);
                addCarrier(run, carrier, right - step * static_cast<float>(k + 1), letters[k], mark, lang);
            }
            first = end;
        }
    }

    void addCarrier(const text::GlyphRun& run, uint32_t carrier, float x, std::string text, bool newItem,
                    const std::string& lang) {
        LayerGlyph g{run.font, run.size, carrier, x, 0, std::move(text), true, newItem};
        TextLayer::append(layer.text, lang, std::move(g));
    }
};

}  // namespace

void TextLayer::append(std::vector<LayerPart>& parts, const std::string& lang, LayerGlyph glyph) {
    if (parts.empty() || (!lang.empty() && !parts.back().lang.empty() && parts.back().lang != lang)) {
        parts.push_back({lang, {}});
    } else if (parts.back().lang.empty()) {
        parts.back().lang = lang;
    }
    parts.back().glyphs.push_back(std::move(glyph));
}

uint32_t carrierGlyph(const text::Font& font) {
    hb_codepoint_t space = 0;
    hb_font_get_nominal_glyph(font.hbFont(), ' ', &space);
    return space;
}

std::string silentText(bool rightToLeft) { return rightToLeft ? "\u200F" : "\u200E"; }

std::vector<const layout::TextItem*> inReadingOrder(std::vector<const layout::TextItem*> runs) {
    std::stable_sort(runs.begin(), runs.end(), [](const layout::TextItem* a, const layout::TextItem* b) {
        return a->run.logicalStart < b->run.logicalStart;
    });
    return runs;
}

TextLayer textLayer(const std::vector<const layout::TextItem*>& runs) {
    LayerBuilder builder;
    for (const layout::TextItem* item : inReadingOrder(runs)) builder.add(item->run);
    followViewerRules(builder.layer);
    return std::move(builder.layer);
}

}  // namespace wop::pdf
