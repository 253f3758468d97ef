#include "layout/lines.h"

#include <cstdio>
#include <set>
#include <string>

#include "layout/style.h"

namespace wop::layout {

namespace {

std::string codePoint(char32_t c) {
    char hex[16];
    std::snprintf(hex, sizeof hex, "U+%04X", static_cast<unsigned>(c));
    return hex;
}

// What the reader of a warning finds the text by: its first words.
std::string opening(const std::vector<text::StyledSpan>& spans) {
    constexpr size_t shown = 60;  // bytes, then to the end of the character
    std::string text;
    for (const text::StyledSpan& span : spans) text += span.lineBreak ? " " : span.utf8;
    if (text.size() <= shown) return text;
    size_t end = shown;
    while (end < text.size() && (static_cast<unsigned char>(text[end]) & 0xC0) == 0x80) ++end;
    return text.substr(0, end) + "…";
}

void reportMissing(const std::vector<text::TextLine>& lines, const std::vector<text::StyledSpan>& spans,
                   const BlockContext& context) {
    if (!context.warnings) return;
    std::set<char32_t> reported;
    for (const text::TextLine& line : lines)
        for (const text::GlyphRun& run : line.runs)
            for (char32_t c : run.missingCharacters())
                if (reported.insert(c).second)
                    context.warnings->push_back(codePoint(c) + " is in none of the document's fonts nor in any installed "
                                                "font: it prints as an empty box, in \"" + opening(spans) + "\"");
}

}  // namespace

std::vector<text::TextLine> setText(const std::vector<text::StyledSpan>& spans, float width, text::LineAlign align,
                                    const BlockContext& context) {
    auto lines = text::setParagraph(spans, {context.direction(), align, width}, context.fonts);
    reportMissing(lines, spans, context);
    return lines;
}

float lineHeight(const text::TextLine& line) { return line.ascent + line.descent + line.size * style::lineGap; }

float linesHeight(const std::vector<text::TextLine>& lines) {
    float h = 0;
    for (auto& line : lines) h += lineHeight(line);
    return h;
}

void addLine(std::vector<Item>& items, const text::TextLine& line, float x, float top, Color color, int element) {
    for (const text::GlyphRun& run : line.runs) items.push_back(TextItem{run, x, top + line.ascent, 0, color, 1, element});
}

}  // namespace wop::layout
