// The TrueType program embedded for one font of one document: the font cut
// down to the glyphs its codes draw and the components of composite glyphs,
// renumbered from 0 in the font's order, with only the tables a PDF reader
// uses to draw (glyf, loca, head, hhea, hmtx, maxp): no hinting, no cmap,
// no names, no layout tables. Cut here rather than by HarfBuzz's
// subsetter, which works out what every other table would keep (the whole
// cmap, for one) for each document and font: a tenth of a batch.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "pdf/glyph_codes.h"

namespace wop::pdf {

struct FontProgram {
    std::string data;                   // the sfnt, for /FontFile2
    std::vector<uint16_t> glyphByCode;  // the program's glyph of each code, for the CIDToGIDMap
};

// Throws std::runtime_error naming the font when it cannot be cut down or
// has no TrueType outlines.
FontProgram fontProgram(const GlyphCodes& codes);

}  // namespace wop::pdf
