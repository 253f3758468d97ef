// How the viewers that read glyphs rebuild text from their positions, and
// what a text layer (text_layer.h) does to come out of them as written.
//
// pdf.js (Firefox; getTextContent) gathers glyphs into text items while each
// starts within a fraction of an em of where the last ended; where one
// starts further on, it inserts a space; where one moves back by more than
// a fifth of an em, it starts a new item. It reverses an item that is
// mostly right to left, and drops glyphs whose text ends with a format
// character (a bidi mark).
//
// MuPDF (SumatraPDF; mutool draw -F txt) takes characters in the order
// drawn. After a left-to-right or neutral character, a glyph that starts
// more than 0.8 em from where the last ended, either way, begins a new
// line, and one between 0.15 and 0.8 em further on is preceded by a space;
// after a right-to-left character anything on the baseline continues the
// line.
#pragma once

#include "pdf/text_layer.h"

namespace wop::pdf {

// Where pdf.js would insert a space the text does not have, the glyph's
// text moves onto a carrier where the last glyph ended (the glyph joins the
// glyphs that stand for nothing); where an item would gather right-to-left
// text with anything else, a new item begins; where MuPDF would break the
// line or insert a space, the glyph's text begins with a right-to-left mark,
// which it follows without either.
void followViewerRules(TextLayer& layer);

}  // namespace wop::pdf
