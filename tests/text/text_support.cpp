#include "text_support.h"

#include <algorithm>
#include <cmath>
#include <limits>
#include <ostream>

#include <hb.h>

#include "support.h"
#include "text/harfbuzz_buffer.h"

namespace wop::test {

const text::FontSet& fonts() {
    static const text::FontSet set(text::FontChoice::defaults(sourceDir() / "fonts"));
    return set;
}

const text::Font& font(text::FontRole role) { return fonts().font(role); }

text::StyledSpan span(const std::string& utf8, float size) { return {utf8, {false, false, size}, false}; }

text::StyledSpan lineBreak() { return {"", {}, true}; }

std::vector<text::TextLine> setText(const std::string& utf8, float width, text::LineAlign align,
                                    text::Direction direction) {
    return text::setParagraph({span(utf8)}, {direction, align, width}, fonts());
}

float advanceOf(const text::GlyphRun& run, const text::PlacedGlyph& glyph) {
    return static_cast<float>(run.font->advance(glyph.glyph)) * run.size / static_cast<float>(run.font->unitsPerEm());
}

namespace {
float inkScale(const text::GlyphRun& run) { return run.size / static_cast<float>(run.font->unitsPerEm()); }
}  // namespace

float leftEdge(const text::TextLine& line) {
    if (line.runs.empty() || line.runs.front().glyphs.empty()) return 0;
    const text::GlyphRun& run = line.runs.front();
    const text::PlacedGlyph& first = run.glyphs.front();
    return first.x + std::min(0.0f, static_cast<float>(run.font->bounds(first.glyph).left) * inkScale(run));
}

float rightEdge(const text::TextLine& line) {
    if (line.runs.empty() || line.runs.back().glyphs.empty()) return 0;
    const text::GlyphRun& run = line.runs.back();
    const text::PlacedGlyph& last = run.glyphs.back();
    return last.x + std::max(advanceOf(run, last), static_cast<float>(run.font->bounds(last.glyph).right) * inkScale(run));
}

float advanceWidth(const text::TextLine& line) {
    float width = 0;
    for (const text::GlyphRun& run : line.runs)
        for (const text::PlacedGlyph& g : run.glyphs) width += advanceOf(run, g);
    return width;
}

std::string readingText(const text::TextLine& line, text::Direction direction) {
    std::string text;
    if (direction == text::Direction::RightToLeft) {
        for (auto it = line.runs.rbegin(); it != line.runs.rend(); ++it) text += it->logicalText();
    } else {
        for (const text::GlyphRun& run : line.runs) text += run.logicalText();
    }
    return text;
}

std::vector<std::string> runTexts(const text::TextLine& line) {
    std::vector<std::string> texts;
    for (const text::GlyphRun& run : line.runs) texts.push_back(run.logicalText());
    return texts;
}

namespace {
double hundredths(double x) { return std::round(x * 100) / 100; }
}  // namespace

std::ostream& operator<<(std::ostream& os, const GlyphAt& g) { return os << "{" << g.glyph << ", " << g.x << "}"; }

std::vector<GlyphAt> glyphsOf(const text::TextLine& line) {
    std::vector<GlyphAt> out;
    for (const text::GlyphRun& run : line.runs)
        for (const text::PlacedGlyph& g : run.glyphs) out.push_back({g.glyph, hundredths(g.x)});
    return out;
}

std::vector<GlyphAt> harfbuzzLine(const text::Font& font, const std::string& utf8, float size,
                                  text::Direction direction) {
    const text::HarfBuzzBuffer owner = text::makeHarfBuzzBuffer();
    hb_buffer_t* buffer = owner.get();
    hb_buffer_add_utf8(buffer, utf8.data(), static_cast<int>(utf8.size()), 0, -1);
    if (direction == text::Direction::RightToLeft) {
        hb_buffer_set_direction(buffer, HB_DIRECTION_RTL);
        hb_buffer_set_script(buffer, HB_SCRIPT_ARABIC);
        hb_buffer_set_language(buffer, hb_language_from_string("ur", -1));
    } else {
        hb_buffer_guess_segment_properties(buffer);
    }
    hb_shape(font.hbFont(), buffer, nullptr, 0);
    unsigned count = 0;
    hb_glyph_info_t* infos = hb_buffer_get_glyph_infos(buffer, &count);
    hb_glyph_position_t* positions = hb_buffer_get_glyph_positions(buffer, &count);
    const double scale = size / static_cast<double>(font.unitsPerEm());
    std::vector<GlyphAt> out;
    double pen = 0;
    for (unsigned i = 0; i < count; ++i) {
        out.push_back({infos[i].codepoint, hundredths((pen + positions[i].x_offset) * scale)});
        pen += positions[i].x_advance;
    }
    return out;
}

float inkTop(const text::TextLine& line) {
    float top = -std::numeric_limits<float>::infinity();
    for (const text::GlyphRun& run : line.runs) {
        float scale = run.size / static_cast<float>(run.font->unitsPerEm());
        for (const text::PlacedGlyph& g : run.glyphs)
            top = std::max(top, static_cast<float>(run.font->bounds(g.glyph).top) * scale + g.y);
    }
    return top;
}

float inkBottom(const text::TextLine& line) {
    float bottom = -std::numeric_limits<float>::infinity();
    for (const text::GlyphRun& run : line.runs) {
        float scale = run.size / static_cast<float>(run.font->unitsPerEm());
        for (const text::PlacedGlyph& g : run.glyphs)
            bottom = std::max(bottom, -(static_cast<float>(run.font->bounds(g.glyph).bottom) * scale + g.y));
    }
    return bottom;
}

}  // namespace wop::test
