// Shared by the text tests: the default fonts, paragraphs built from plain
// strings, and measurements of set lines.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "text/paragraph.h"

namespace wop::test {

// Noto Sans, Noto Nastaliq Urdu and Noto Naskh Arabic (fonts/ first, then Debian's).
const text::FontSet& fonts();
const text::Font& font(text::FontRole role);

text::StyledSpan span(const std::string& utf8, float size = 10.5f);
text::StyledSpan lineBreak();

std::vector<text::TextLine> setText(const std::string& utf8, float width,
                                    text::LineAlign align = text::LineAlign::Left,
                                    text::Direction direction = text::Direction::LeftToRight);

// A glyph's nominal advance (hmtx) in points, at its run's size.
float advanceOf(const text::GlyphRun& run, const text::PlacedGlyph& glyph);
// The left edge of a line's first glyph and the right edge of its last one,
// each its advance's or its ink's, whichever reaches further out. Exact for
// text whose edge glyphs are not positioned marks (Latin, or Urdu words
// ending in non-joining letters).
float leftEdge(const text::TextLine& line);
float rightEdge(const text::TextLine& line);
// The sum of a line's advances.
float advanceWidth(const text::TextLine& line);

// The line's text in reading order, for lines whose runs all read in the
// paragraph's direction (the runs are in visual order).
std::string readingText(const text::TextLine& line, text::Direction direction);
// Each run's logical text, in visual order.
std::vector<std::string> runTexts(const text::TextLine& line);

// A glyph and its position, rounded to hundredths of a point.
struct GlyphAt {
    uint32_t glyph;
    double x;
    bool operator==(const GlyphAt&) const = default;
};
std::ostream& operator<<(std::ostream& os, const GlyphAt& g);

// Every glyph of a line, in visual order.
std::vector<GlyphAt> glyphsOf(const text::TextLine& line);
// `utf8` shaped by HarfBuzz directly, as one piece, at `size`: right to left
// as Urdu in Arabic script, or left to right with the script HarfBuzz guesses.
std::vector<GlyphAt> harfbuzzLine(const text::Font& font, const std::string& utf8, float size,
                                  text::Direction direction);

// The highest ink over the baseline and the deepest ink under it, in points.
float inkTop(const text::TextLine& line);
float inkBottom(const text::TextLine& line);

}  // namespace wop::test
