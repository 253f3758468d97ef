// One page drawn onto libharu's: rules and fills by libharu's own calls,
// lines of text by operators of their own (line_content.h) straight into
// the page's content stream, every piece in its marked content: a sequence
// of the structure tree (structure_tree.h) or an artifact.
#pragma once

#include <map>
#include <memory>
#include <string>

#include <hpdf.h>

#include "layout/page.h"
#include "pdf/finish.h"
#include "pdf/line_content.h"

namespace wop::pdf {

// libharu draws no text: its fonts reach glyphs only through a cmap. The
// text operators name fonts that qpdf embeds afterwards (finish.h).
using EmbeddedFonts = std::map<const text::Font*, std::unique_ptr<EmbeddedFont>>;

// Each image the pages draw, loaded once, however many pages draw it: one
// XObject in the file. By digest.
using LoadedImages = std::map<std::string, HPDF_Image>;

// Draws `page`, page number `index` (from 0), onto `handle`; records its
// marked content and property lists in `marks`.
void drawPage(HPDF_Doc doc, HPDF_Page handle, size_t index, const layout::Page& page, EmbeddedFonts& fonts,
              const LoadedImages& images, MarkedPages& marks);

}  // namespace wop::pdf
