// The second pass over a PDF that libharu wrote, with qpdf.
#pragma once

#include <filesystem>
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "layout/page.h"
#include "pdf/font_program.h"

namespace wop::pdf {

// Per page, per text object (BT ... ET) in drawing order: the text an
// extractor should read for it instead of its glyphs, if any.
using ActualTexts = std::vector<std::vector<std::optional<std::string>>>;

// Reads `in`, replaces each embedded font's ToUnicode map with the text of
// the glyph codes used (keyed by the font's PostScript name), marks the
// text objects that have an actual text, sets metadata and bookmarks, and
// writes `out` with compressed object streams.
void finishPdf(const std::filesystem::path& in, const std::filesystem::path& out, const layout::PageSet& pages,
               const std::map<std::string, const GlyphCodes*>& codesByFontName, const ActualTexts& actualTexts);

}  // namespace wop::pdf
