// Stage `pdf`: laid-out pages -> a PDF file. libharu draws the pages; qpdf
// then writes what libharu cannot (fonts addressed by glyph, with exact
// ToUnicode maps; Unicode metadata, bookmarks, object streams). The file
// appears at its path only when complete: a failure leaves no partial PDF
// behind.
#pragma once

#include <filesystem>
#include <stdexcept>
#include <string>
#include <string_view>

#include "layout/page.h"

namespace wop::pdf {

class PdfError : public std::runtime_error {
public:
    using std::runtime_error::runtime_error;
};

void writePdf(const layout::PageSet& pages, const std::filesystem::path& path);
// The same PDF's bytes, for a caller that puts them in place itself (the
// batch syncs and registers each file it publishes).
std::string makePdf(const layout::PageSet& pages);

// Whether the file ends with a PDF's %%EOF marker. A write can seem to
// succeed and still leave a short file (some file systems report a full
// disk late): writePdf renames nothing that fails this. The second form
// judges the bytes before they are written, for a caller that writes them
// itself and learns of a late failure from fsync instead.
bool isCompletePdf(const std::filesystem::path& path);
bool isCompletePdfBytes(std::string_view bytes);

}  // namespace wop::pdf
