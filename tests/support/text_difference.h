// Whether set lines give back the text they were given: the characters of
// the spans that the lines' glyphs do not give back, and those they give
// back without having been written, "U+XXXX" each. Spaces, separators and
// bidi controls are left out: lines may drop them. Shared by the regression
// tests and the text fuzz target.
#pragma once

#include <string>
#include <vector>

#include "text/paragraph.h"

namespace wop::test {

struct TextDifference {
    std::vector<std::string> missing;
    std::vector<std::string> extra;
    bool empty() const { return missing.empty() && extra.empty(); }
};

TextDifference compareText(const std::vector<text::StyledSpan>& spans, const std::vector<text::TextLine>& lines);

}  // namespace wop::test
