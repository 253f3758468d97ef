// The second pass over a PDF that libharu wrote, with qpdf.
#pragma once

#include <map>
#include <string>
#include <vector>

#include "layout/page.h"
#include "pdf/font_program.h"

namespace wop::pdf {

// The four hex digits of a UTF-16 code unit (or a two-byte glyph code).
void appendHex(std::string& out, char16_t unit);
// UTF-8 text as the hex digits of its UTF-16 code units, for PDF strings.
std::string utf16Hex(const std::string& utf8);

// Reads `drawn` (the PDF libharu wrote, in memory), replaces each embedded
// font's ToUnicode map with the text of the glyph codes used (keyed by the
// font's PostScript name) and its CIDToGIDMap with a compact one, sets
// metadata and bookmarks, and gives back the finished file, with compressed
// object streams. libharu leaves every stream uncompressed for this pass,
// so that each is compressed once.
std::string finishPdf(const std::string& drawn, const layout::PageSet& pages,
                      const std::map<std::string, const GlyphCodes*>& codesByFontName);

}  // namespace wop::pdf
