// Set lines of text and their place in a slice: what every block builder
// (blocks.cpp, signatures.cpp) does with text.
#pragma once

#include <vector>

#include "layout/blocks.h"
#include "layout/page.h"

namespace wop::layout {

// A character no font has is reported to the context's warnings, with the
// text it stands in.
std::vector<text::TextLine> setText(const std::vector<text::StyledSpan>& spans, float width, text::LineAlign align,
                                    const BlockContext& context);

// From the top of a line to the top of the next.
float lineHeight(const text::TextLine& line);
float linesHeight(const std::vector<text::TextLine>& lines);

// Adds a line's glyph runs to `items`, the line's top at `top` in slice
// coordinates, as part of structure element `element` (page.h).
void addLine(std::vector<Item>& items, const text::TextLine& line, float x, float top, Color color, int element);

}  // namespace wop::layout
