// The content-stream operators that draw one line of text (text_layer.h),
// written straight into a page's content stream past libharu, which knows
// nothing of glyph addressing: each part of the line in its marked-content
// sequence of the structure tree, and the replacement texts of the viewers
// that honour them (actual_text.h): poppler's in a /Span around the whole
// line, PDFium's in a /Line span inside each part that names one property
// list of the page, so that PDFium finds the same list on every part and
// reads the text once.
#pragma once

#include <functional>
#include <string>
#include <vector>

#include "pdf/glyph_codes.h"
#include "pdf/text_layer.h"

namespace wop::pdf {

// A font as the content streams name it.
struct EmbeddedFont {
    GlyphCodes codes;
    std::string resource;  // "/F1 "
};

// The text state in force, which PDF keeps from one text object to the next.
struct TextState {
    const EmbeddedFont* font = nullptr;
    float size = 0;
};

struct LinePlacement {
    float x = 0;  // the line's origin: left end of its baseline
    float y = 0;
    float angle = 0;  // degrees, counter-clockwise
};

struct LineMarking {
    std::u16string popplerText;          // none: no replacement text
    std::string pdfiumProperties;        // "/R3": the page's property list holding PDFium's; none: none
    std::vector<std::string> sequences;  // for each part, text then silent: what opens it, "/P <</MCID 3>> BDC"
};

std::string lineContent(const TextLayer& layer, const LinePlacement& where, const LineMarking& marking,
                        const std::function<EmbeddedFont&(const text::Font&)>& fontOf, TextState& state);

}  // namespace wop::pdf
