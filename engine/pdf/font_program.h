// The TrueType program embedded for one font of one document: the font cut
// down to the glyphs its codes draw (HarfBuzz's subsetter adds the
// components of composite glyphs), renumbered from 0, with only the tables
// a PDF reader uses to draw (glyf, loca, head, hhea, hmtx, maxp): no
// hinting, no cmap, no names, no layout tables.
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
