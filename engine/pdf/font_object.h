// One embedded font as PDF objects: a Type 0 font with two-byte codes
// (Identity-H) whose CIDFontType2 descendant carries the font program
// (font_program.h), a CIDToGIDMap from the codes to the program's glyphs,
// the codes' widths, and a ToUnicode map giving each code the text it
// stands for (glyph_codes.h). Written with qpdf: libharu can embed a
// TrueType font only through its cmap, and Nastaliq's glyphs mostly have
// no code point.
#pragma once

#include <qpdf/QPDF.hh>
#include <qpdf/QPDFObjectHandle.hh>

#include "pdf/glyph_codes.h"

namespace wop::pdf {

// Adds the font's objects to `pdf` and returns its (indirect) font
// dictionary. Throws std::runtime_error when the font cannot be embedded.
QPDFObjectHandle addFont(QPDF& pdf, const GlyphCodes& codes);

}  // namespace wop::pdf
