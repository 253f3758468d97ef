// The paper and margins the settings ask for: `page.size` (A4, Letter,
// Legal), `page.margins` in millimetres for every side, and
// `page.margin.top`, `.bottom`, `.start`, `.end` for one (start: where
// reading starts, the left in English, the right in Urdu). Unset, A4 and
// its margins (layout/page_geometry.h).
#pragma once

#include "cli/settings_files.h"
#include "layout/page_geometry.h"

namespace wop::cli {

// Throws std::runtime_error naming the setting, where it was set, and what
// it must be.
layout::PageGeometry pageGeometryOf(const Settings* config);

}  // namespace wop::cli
