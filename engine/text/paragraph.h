// Stage `text`: styled text -> lines of positioned glyphs.
// ICU gives the bidi levels and the line break opportunities; a
// right-to-left paragraph isolates the values in it (embedded_values.h),
// and lines do not break where a reader sees one word (unbreakable.h).
// Every run of one level, font and style is shaped by HarfBuzz in logical
// order, word by word (each font keeps the words it has shaped:
// word_shapes.h), lines are filled greedily and then reordered for display;
// a line's ink stays inside its width, however far a letter reaches out. Each glyph carries the
// text of its cluster so that the PDF's text layer can give back exactly
// what was written.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "text/font.h"
#include "text/font_set.h"

namespace wop::text {

enum class Direction { LeftToRight, RightToLeft };
enum class LineAlign { Left, Right, Center, Justify };

struct TextStyle {
    bool bold = false;
    bool italic = false;
    float size = 10.5f;  // points
};

struct StyledSpan {
    std::string utf8;
    TextStyle style;
    bool lineBreak = false;  // a forced line break; utf8 is ignored
};

struct ParagraphStyle {
    Direction direction = Direction::LeftToRight;
    LineAlign align = LineAlign::Left;
    float width = 400;  // points
};

struct PlacedGlyph {
    uint32_t glyph = 0;
    float x = 0;  // points from the line's left edge
    float y = 0;  // points above the baseline
    std::string text;  // the cluster's text on one glyph of the cluster, empty on the others
};

struct GlyphRun {
    const Font* font = nullptr;
    float size = 0;
    std::vector<PlacedGlyph> glyphs;  // in visual order, left to right
    bool rightToLeft = false;         // logical order is then right to left
    // Where its text starts in the paragraph's: a line's runs sorted by it
    // come in reading order, which the PDF's text layer follows.
    int logicalStart = 0;

    // The run's text in logical (reading) order.
    std::string logicalText() const;
    // The same characters in the order they appear on the page, left to
    // right: what PDF text extractors expect and turn back into reading order.
    std::string visualText() const;
    // The characters set as the font's empty box (.notdef): no font, the
    // document's or an installed one, has them.
    std::vector<char32_t> missingCharacters() const;
};

// Every line of a paragraph has the same box: the declared ascent and
// descent of the fonts it is set in, at its size. Noto Sans's, and where the
// paragraph holds Arabic script, Nastaliq's, which leaves room for its tall
// letters in every line rather than in the lines that happen to hold them.
// A bold face is not asked: it declares the box of its regular one.
struct TextLine {
    std::vector<GlyphRun> runs;
    float width = 0;    // from the left of its ink or advance, whichever is further out, to the right likewise
    float ascent = 0;   // above the baseline
    float descent = 0;  // below the baseline, positive
    float size = 0;     // the paragraph's size (points), which leading is measured in
};

std::vector<TextLine> setParagraph(const std::vector<StyledSpan>& spans, const ParagraphStyle& style,
                                   const FontSet& fonts);

// One line, never broken (footers, signature lines): set at its natural width.
TextLine setLine(const std::string& utf8, const TextStyle& style, Direction direction, const FontSet& fonts);

// Nastaliq needs a larger size than Latin text to read at the same weight.
inline constexpr float arabicScriptScale = 1.12f;

}  // namespace wop::text
