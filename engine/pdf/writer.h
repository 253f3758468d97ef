// Stage `pdf`: laid-out pages -> a PDF file. libharu draws the pages; qpdf
// then writes what libharu cannot (fonts addressed by glyph, with exact
// ToUnicode maps; Unicode metadata, bookmarks, object streams). The file
// appears at its path only when complete and on disk
// (base::writeFileAtomically): a failure leaves no partial PDF behind.
#pragma once

#include <filesystem>
#include <stdexcept>
#include <string>

#include "layout/page.h"

namespace wop::pdf {

class Signer;

class PdfError : public std::runtime_error {
public:
    using std::runtime_error::runtime_error;
};

// With a `seal`, the file is sealed by its signer (seal.h).
void writePdf(const layout::PageSet& pages, const std::filesystem::path& path, const Signer* seal = nullptr);
// The same PDF's bytes, for a caller that puts them in place itself (the
// batch syncs and registers each file it publishes).
std::string makePdf(const layout::PageSet& pages, const Signer* seal = nullptr);

}  // namespace wop::pdf
