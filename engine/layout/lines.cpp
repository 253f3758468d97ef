#include "layout/lines.h"

#include "layout/style.h"

namespace wop::layout {

std::vector<text::TextLine> setText(const std::vector<text::StyledSpan>& spans, float width, text::LineAlign align,
                                    const BlockContext& context) {
    return text::setParagraph(spans, {context.direction(), align, width}, context.fonts);
}

float lineHeight(const text::TextLine& line) { return line.ascent + line.descent + line.size * style::lineGap; }

float linesHeight(const std::vector<text::TextLine>& lines) {
    float h = 0;
    for (auto& line : lines) h += lineHeight(line);
    return h;
}

void addLine(std::vector<Item>& items, const text::TextLine& line, float x, float top, Color color) {
    for (const text::GlyphRun& run : line.runs) items.push_back(TextItem{run, x, top + line.ascent, 0, color, 1});
}

}  // namespace wop::layout
