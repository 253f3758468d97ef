// The fonts installed on the machine, asked through fontconfig for a
// character that none of a document's fonts has (𝑥, a rare symbol), so
// that it prints rather than an empty box.
#pragma once

#include "text/font.h"

namespace wop::text {

// An installed font that has `c`, or null when none has it. The pdf stage
// embeds only TrueType outlines: colour and bitmap fonts (emoji) and
// PostScript-outline fonts are passed over. Among those that have it, one
// of the family of `like` comes first ("Noto Sans Math" for "Noto Sans"),
// then the best fontconfig finds. A private-use character means something
// only in its own font, and whitespace and formatting characters show
// nothing: for those, no font is looked for. Each character is looked up
// once per process; the fonts stay open for its life.
const Font* installedFontFor(char32_t c, const Font& like);

}  // namespace wop::text
