// The second pass over a PDF that libharu wrote, with qpdf.
#pragma once

#include <string>
#include <vector>

#include "layout/page.h"
#include "pdf/glyph_codes.h"

namespace wop::pdf {

// The resource name the content streams give the document's font number
// `index` (from 0), without the slash: "F1", "F2"…
std::string fontResourceName(size_t index);

// Reads `drawn` (the PDF libharu wrote, in memory, its pages showing text
// with fonts it does not know of), embeds `fonts` under their resource
// names on every page (font_object.h), sets metadata and bookmarks, and
// gives back the finished file, with compressed object streams. libharu
// leaves every stream uncompressed for this pass, so that each is
// compressed once.
std::string finishPdf(const std::string& drawn, const layout::PageSet& pages, const std::vector<const GlyphCodes*>& fonts);

}  // namespace wop::pdf
