// The fonts a real run uses (the project's fonts/ folder, then Debian's
// Noto fonts), opened once per fuzzing process.
#pragma once

#include "text/font_set.h"

inline const wop::text::FontSet& fuzzFonts() {
    static const wop::text::FontSet fonts(wop::text::FontChoice::defaults(WOPDOCS_SOURCE_DIR "/fonts"));
    return fonts;
}
