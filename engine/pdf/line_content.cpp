#include "pdf/line_content.h"

#include <cmath>
#include <cstdio>
#include <optional>

#include "pdf/hex_string.h"

namespace wop::pdf {
namespace {

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

// One part's glyphs in a text object. Glyphs whose positions follow from the
// font's own advances share one show-text operation; elsewhere (kerning,
// Nastaliq's cascade, the carriers) a new text position starts.
class GlyphWriter {
public:
    GlyphWriter(std::string& out, const LinePlacement& where, TextState& state) : out_(out), state_(state) {
        out_ += "BT\n";
        if (where.angle != 0) {
            // Rotated text is placed by the text matrix, and moved in its own axes.
            const double radians = where.angle * M_PI / 180.0;
            const double c = std::cos(radians), s = std::sin(radians);
            for (double v : {c, s, -s, c}) {
                appendScaled(v);
                out_ += ' ';
            }
            appendNumber(out_, where.x);
            out_ += ' ';
            appendNumber(out_, where.y);
            out_ += " Tm\n";
        } else {
            originX_ = where.x;
            originY_ = where.y;
        }
    }

    void add(const LayerGlyph& g, EmbeddedFont& font) {
        if (g.newItem) {
            flush();
            out_ += "/Span BMC EMC\n";  // pdf.js begins a new text item at any marked content
        }
        if (&font != state_.font || g.size != state_.size) {
            flush();
            out_ += font.resource;
            appendNumber(out_, g.size);
            out_ += " Tf\n";
            state_.font = &font;
            state_.size = g.size;
        }
        const bool continues = !pending_.empty() && std::fabs(g.x - expectedX_) < 0.01f && std::fabs(g.y - y_) < 0.01f;
        if (!continues) {
            flush();
            moveTo(g.x, g.y);
        }
        appendHex(pending_, font.codes.codeFor(g.glyph, g.text));
        expectedX_ = (continues ? expectedX_ : g.x) +
                     static_cast<float>(g.font->advance(g.glyph)) * g.size / static_cast<float>(g.font->unitsPerEm());
    }

    void finish() {
        flush();
        out_ += "ET\n";
    }

private:
    std::string& out_;
    TextState& state_;
    double originX_ = 0, originY_ = 0;  // where the text matrix puts (0, 0)
    std::string pending_;               // hex codes of glyphs to show together
    float expectedX_ = 0, y_ = 0;
    std::optional<std::pair<float, float>> first_;  // the first glyph's position
    long long lineX_ = 0, lineY_ = 0;               // where the last Td put the text line, in 1/100 pt from there

    void appendScaled(double v) {
        // A matrix entry: to 1/100000, enough for a page-wide rotation.
        char buffer[32];
        std::snprintf(buffer, sizeof buffer, "%.5f", v);
        out_ += buffer;
    }

    // The first move places the text object; the others are rounded to
    // 1/100 pt from there, so that they add up exactly and a word drawn
    // again (in another place) repeats the same bytes, which the
    // compression then stores once.
    void moveTo(float x, float y) {
        y_ = y;
        if (!first_) {
            first_.emplace(x, y);
            appendNumber(out_, originX_ + x);
            out_ += ' ';
            appendNumber(out_, originY_ + y);
        } else {
            const long long dx = std::llround((x - first_->first) * 100.0);
            const long long dy = std::llround((y - first_->second) * 100.0);
            appendNumber(out_, static_cast<double>(dx - lineX_) / 100);
            out_ += ' ';
            appendNumber(out_, static_cast<double>(dy - lineY_) / 100);
            lineX_ = dx;
            lineY_ = dy;
        }
        out_ += " Td\n";
    }

    void flush() {
        if (pending_.empty()) return;
        out_ += '<' + pending_ + "> Tj\n";
        pending_.clear();
    }
};

}  // namespace

std::string lineContent(const TextLayer& layer, const LinePlacement& where, const LineMarking& marking,
                        const std::function<EmbeddedFont&(const text::Font&)>& fontOf, TextState& state) {
    std::string out;
    if (!marking.popplerText.empty()) {
        out += "/Span <</ActualText <FEFF";
        for (char16_t unit : marking.popplerText) appendHex(out, unit);
        out += ">>> BDC\n";
    }
    size_t sequence = 0;
    for (const std::vector<LayerPart>* parts : {&layer.text, &layer.silent})
        for (const LayerPart& part : *parts) {
            out += marking.sequences.at(sequence++) + '\n';
            if (!marking.pdfiumProperties.empty()) out += "/Line " + marking.pdfiumProperties + " BDC\n";
            GlyphWriter writer(out, where, state);
            for (const LayerGlyph& g : part.glyphs) writer.add(g, fontOf(*g.font));
            writer.finish();
            if (!marking.pdfiumProperties.empty()) out += "EMC\n";
            out += "EMC\n";
        }
    if (!marking.popplerText.empty()) out += "EMC\n";
    return out;
}

}  // namespace wop::pdf
