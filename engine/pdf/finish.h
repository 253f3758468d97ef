// The second pass over a PDF that libharu wrote, with qpdf.
#pragma once

#include <string>
#include <vector>

#include "layout/page.h"
#include "pdf/glyph_codes.h"
#include "pdf/structure_tree.h"

namespace wop::pdf {

// The resource name the content streams give the document's font number
// `index` (from 0), without the slash: "F1", "F2"…
std::string fontResourceName(size_t index);

// The name a page's resources give its property list number `index` (from
// 0), without the slash: "R1", "R2"…
std::string propertiesName(size_t index);

// Whether viewers are told to read the document right to left
// (/ViewerPreferences /Direction /R2L): PDFium then reads every line so.
bool readsRightToLeft(const layout::Metadata& metadata);

// What drawing the pages leaves for the finishing pass, besides the fonts.
struct MarkedPages {
    MarkedContent marked;  // the structure tree's content
    // By page: PDFium's replacement texts of its lines (actual_text.h), the
    // property lists propertiesName(0), propertiesName(1)…
    std::vector<std::vector<std::u16string>> pdfiumTexts;
    bool rightToLeftDocument = false;
};

// Reads `drawn` (the PDF libharu wrote, in memory, its pages showing text
// with fonts it does not know of), embeds `fonts` under their resource
// names on every page (font_object.h), adds the pages' property lists and
// the structure tree (`marks`), sets metadata and bookmarks, and gives back
// the finished file, with compressed object streams. libharu leaves every
// stream uncompressed for this pass, so that each is compressed once.
std::string finishPdf(const std::string& drawn, const layout::PageSet& pages, const std::vector<const GlyphCodes*>& fonts,
                      const MarkedPages& marks);

}  // namespace wop::pdf
