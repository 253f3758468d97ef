// The glyphs a line is drawn with, in the order in which the viewers that
// read glyphs rather than /ActualText (MuPDF: SumatraPDF; pdf.js: Firefox)
// take reading order, and the text each glyph stands for (its ToUnicode
// entry).
//
// Those viewers read the codes in the order drawn. So a line is drawn in
// reading order: a left-to-right run glyph by glyph as set, a right-to-left
// one backwards. Nastaliq though sets a word's letters at heights along its
// cascade, among dots and joining glyphs that stand for no letter, and
// pdf.js breaks lines at such jumps and reverses whatever it gathers into
// one item. So in a right-to-left run the visible glyphs stand for nothing
// (a bidi mark, which pdf.js drops and the others pass over), drawn after
// the rest of the line, and the letters are carried by invisible glyphs on
// the baseline, spread over their word from right to left: each letter an
// item of its own, on one line. The positions of both kinds then meet the
// two viewers' rules for spaces, items and lines (viewer_rules.h).
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "layout/page.h"
#include "text/font.h"

namespace wop::pdf {

struct LayerGlyph {
    const text::Font* font = nullptr;
    float size = 0;
    uint32_t glyph = 0;
    float x = 0;  // from the line's origin along its baseline, points
    float y = 0;  // above the baseline
    std::string text;        // what it stands for, never empty
    bool carrier = false;  // a blank glyph that only carries text
    bool newItem = false;    // pdf.js must begin a text item here
};

// A stretch of the line in one language: "en" for Latin letters, "ur" for
// Arabic script, "" for what is neither (digits, punctuation), which takes
// the language around it.
struct LayerPart {
    std::string lang;
    std::vector<LayerGlyph> glyphs;
};

// Drawn in this order: the text in reading order, then the visible glyphs
// that stand for no text.
struct TextLayer {
    std::vector<LayerPart> text;
    std::vector<LayerPart> silent;

    // Adds `glyph` to the last part of `parts` if it has the same language.
    static void append(std::vector<LayerPart>& parts, const std::string& lang, LayerGlyph glyph);
};

// A line's items (in the order they stand on the page) in reading order.
std::vector<const layout::TextItem*> inReadingOrder(std::vector<const layout::TextItem*> runs);

// `runs`: one line's items, in the order they stand on the page.
TextLayer textLayer(const std::vector<const layout::TextItem*>& runs);

// The letters of a right-to-left run ride on this glyph of its font: its
// space, which has no outline. (A font without one shows its spaces as
// .notdef boxes anyway. Carriers are not drawn in the invisible rendering
// mode: MuPDF 1.21 does not read text drawn so.)
uint32_t carrierGlyph(const text::Font& font);

// What a glyph that stands for no text maps to: a mark of its run's
// direction, so that it weighs nothing in any viewer's reordering.
std::string silentText(bool rightToLeft);

}  // namespace wop::pdf
