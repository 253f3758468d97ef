// Shared by the pdf stage's tests: the default fonts, and documents laid
// out from markup and written.
#pragma once

#include <filesystem>
#include <string>

#include "layout/page.h"
#include "support.h"
#include "text/font_set.h"

namespace wop::test {

// Noto Sans, Noto Nastaliq Urdu and Noto Naskh Arabic (fonts/ first, then Debian's).
const text::FontSet& pdfFonts();

// `markup` parsed, laid out and written to `name` in `dir`.
std::filesystem::path writeMarkup(const ScratchDir& dir, const std::string& markup, const std::string& name);

}  // namespace wop::test
