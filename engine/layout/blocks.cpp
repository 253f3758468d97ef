#include "layout/blocks.h"

#include <algorithm>
#include <memory>
#include <numeric>
#include <optional>
#include <span>

#include "base/utf8.h"
#include "layout/images.h"
#include "layout/keeps.h"
#include "layout/layout.h"
#include "layout/lines.h"
#include "layout/signatures.h"
#include "layout/style.h"

namespace wop::layout {

text::LineAlign BlockContext::lineAlign(markup::Align align) const {
    switch (align) {
        case markup::Align::Start: return rightToLeft ? text::LineAlign::Right : text::LineAlign::Left;
        case markup::Align::End: return rightToLeft ? text::LineAlign::Left : text::LineAlign::Right;
        case markup::Align::Center: return text::LineAlign::Center;
        case markup::Align::Justify: return text::LineAlign::Justify;
    }
    return text::LineAlign::Left;
}

std::string BlockContext::localDigits(const std::string& ascii) const {
    if (digits != "arabext") return ascii;
    std::string out;
    for (char c : ascii) {
        if (c >= '0' && c <= '9') {
            base::appendUtf8(out, U'\u06F0' + static_cast<char32_t>(c - '0'));  // EXTENDED ARABIC-INDIC DIGIT
        } else {
            out += c;
        }
    }
    return out;
}

int BlockContext::element(ElementKind kind, int parent) const {
    if (!structure) return artifact;
    structure->push_back({kind, parent});
    return static_cast<int>(structure->size()) - 1;
}

namespace {

using text::StyledSpan;
using text::TextLine;
using text::TextStyle;

std::vector<StyledSpan> spansOf(const markup::Inline& content, float size, bool forceBold = false) {
    std::vector<StyledSpan> spans;
    for (const markup::Span& span : content)
        spans.push_back({span.text, TextStyle{span.bold || forceBold, span.italic, size}, span.lineBreak});
    return spans;
}

// One slice per line, so a paragraph may continue on the next page.
std::vector<Slice> lineSlices(const std::vector<TextLine>& lines, float x, Color color, float spaceBefore,
                              float spaceAfter, int element) {
    std::vector<Slice> slices;
    for (size_t i = 0; i < lines.size(); ++i) {
        Slice slice;
        slice.height = lineHeight(lines[i]) + (i + 1 == lines.size() ? spaceAfter : 0);
        slice.spaceBefore = i == 0 ? spaceBefore : 0;
        addLine(slice.items, lines[i], x, 0, color, element);
        slices.push_back(std::move(slice));
    }
    return slices;
}

// The lines of a paragraph or list item: body text, neither widowed nor orphaned.
std::vector<Slice> bodyTextSlices(const std::vector<TextLine>& lines, float x, Color color, float spaceAfter,
                                  int element) {
    auto slices = lineSlices(lines, x, color, 0, spaceAfter, element);
    for (Slice& slice : slices) slice.bodyLines = 1;
    keepLines(slices);
    return slices;
}

std::vector<Slice> paragraph(const markup::Paragraph& p, const BlockContext& context) {
    float size = p.small ? style::smallSize : style::bodySize;
    auto lines = setText(spansOf(p.content, size), context.width(), context.lineAlign(p.align), context);
    return bodyTextSlices(lines, context.left(), p.small ? style::muted : style::ink, style::paragraphSpacing,
                          context.element(ElementKind::Paragraph));
}

std::string plain(const markup::Inline& content) {
    std::string text;
    for (auto& span : content) text += span.lineBreak ? " " : span.text;
    return text;
}

std::vector<Slice> heading(const markup::Heading& h, const BlockContext& context) {
    const style::HeadingStyle& hs = style::headings[std::clamp(h.level, 1, 3) - 1];
    auto lines = setText(spansOf(h.content, hs.size, true), context.width(), context.lineAlign(markup::Align::Start),
                         context);
    constexpr ElementKind kinds[] = {ElementKind::Heading1, ElementKind::Heading2, ElementKind::Heading3};
    auto slices = lineSlices(lines, context.left(), h.level == 1 ? style::accent : style::ink, hs.spaceBefore,
                             hs.spaceAfter, context.element(kinds[std::clamp(h.level, 1, 3) - 1]));
    if (slices.empty()) return slices;
    slices.front().bookmark = Bookmark{plain(h.content), h.level, 0, 0};
    for (Slice& slice : slices) keepAfter(slice, Keep::Context);  // the last with what follows
    return slices;
}

// A list that stands whole on one page: moved whole to the next, it leaves
// at most eight lines' room empty at the foot of a page.
bool isShort(size_t items, size_t lines) { return lines <= 5 || (items <= 3 && lines <= 8); }

std::vector<Slice> list(const markup::List& l, const BlockContext& context) {
    std::vector<Slice> slices;
    size_t items = 0;
    const float textWidth = context.width() - style::listIndent;
    const float textX = context.rightToLeft ? context.left() : context.left() + style::listIndent;
    const int listElement = context.element(ElementKind::List);
    for (size_t i = 0; i < l.items.size(); ++i) {
        std::string marker = l.ordered ? context.localDigits(std::to_string(i + 1)) + (context.rightToLeft ? "\u06D4" : ".")
                                       : "\u2022";
        TextLine markerLine = text::setLine(marker, {false, false, style::bodySize}, context.direction(), context.fonts);
        auto lines = setText(spansOf(l.items[i], style::bodySize), textWidth, context.lineAlign(markup::Align::Start),
                             context);
        if (lines.empty()) continue;
        const int item = context.element(ElementKind::ListItem, listElement);
        const int label = context.element(ElementKind::ListLabel, item);
        auto itemSlices = bodyTextSlices(lines, textX, style::ink,
                                         i + 1 == l.items.size() ? style::paragraphSpacing : style::listItemSpacing,
                                         context.element(ElementKind::ListBody, item));
        ++items;
        float markerX = context.rightToLeft ? context.left() + context.width() - markerLine.width
                                            : context.left();
        TextLine aligned = markerLine;
        aligned.ascent = lines.front().ascent;  // share the first line's baseline
        addLine(itemSlices.front().items, aligned, markerX, 0, style::accent, label);
        for (auto& s : itemSlices) slices.push_back(std::move(s));
    }
    if (isShort(items, slices.size())) keepTogether(slices, Keep::Lines);
    return slices;
}

// Column edges, mirrored for right-to-left documents: the first column is on the start side.
std::vector<std::pair<float, float>> columnSpans(const markup::Table& t, size_t columns, const BlockContext& context) {
    std::vector<double> widths = t.widths;
    if (widths.size() != columns) widths.assign(columns, 1.0);
    double total = std::accumulate(widths.begin(), widths.end(), 0.0);
    std::vector<std::pair<float, float>> spans;
    float x = 0;
    for (double w : widths) {
        float width = static_cast<float>(w / total) * context.width();
        float left = context.rightToLeft ? context.left() + context.width() - x - width : context.left() + x;
        spans.emplace_back(left, width);
        x += width;
    }
    return spans;
}

// How each column's cells are aligned: as its body cells agree, else at the
// start. A header cell the template did not align itself stands like the
// column it heads, so a score column's figures stand under their heading.
std::vector<markup::Align> columnAligns(const markup::Table& t, size_t columns) {
    std::vector<markup::Align> aligns(columns, markup::Align::Start);
    for (size_t c = 0; c < columns; ++c) {
        std::optional<markup::Align> agreed;
        for (const markup::Row& row : t.rows) {
            if (row.header || c >= row.cells.size()) continue;
            if (agreed && *agreed != row.cells[c].align) {
                agreed = markup::Align::Start;
                break;
            }
            agreed = row.cells[c].align;
        }
        aligns[c] = agreed.value_or(markup::Align::Start);
    }
    return aligns;
}

Slice tableRow(const markup::Row& row, const std::vector<std::pair<float, float>>& columns,
               const std::vector<markup::Align>& aligns, bool grid, const BlockContext& context, int tableElement) {
    const float pad = style::cellPadding;
    std::vector<std::vector<TextLine>> cells;
    size_t lineCount = 0;
    for (size_t c = 0; c < row.cells.size(); ++c) {
        const markup::Cell& cell = row.cells[c];
        bool bold = row.header || cell.header;
        const markup::Align align = row.header && cell.align == markup::Align::Start ? aligns[c] : cell.align;
        auto lines = setText(spansOf(cell.content, row.header ? 9.5f : style::bodySize - 0.5f, bold),
                             columns[c].second - 2 * pad, context.lineAlign(align), context);
        lineCount = std::max(lineCount, lines.size());
        cells.push_back(std::move(lines));
    }
    // The cells' first lines share a baseline, under the tallest of their boxes.
    float firstAscent = 0;
    for (const auto& lines : cells)
        if (!lines.empty()) firstAscent = std::max(firstAscent, lines.front().ascent);
    float contentHeight = 0;
    for (const auto& lines : cells)
        if (!lines.empty()) contentHeight = std::max(contentHeight, firstAscent - lines.front().ascent + linesHeight(lines));
    Slice slice;
    slice.height = contentHeight + 2 * pad;
    slice.bodyLines = static_cast<int>(lineCount);
    if (row.header && grid) {
        for (auto& [left, width] : columns) slice.items.push_back(RectItem{left, slice.height, width, slice.height, style::headerFill});
    }
    const int rowElement = context.element(ElementKind::TableRow, tableElement);
    for (size_t c = 0; c < cells.size(); ++c) {
        const bool header = row.header || row.cells[c].header;
        const int cell = context.element(header ? ElementKind::TableHeaderCell : ElementKind::TableCell, rowElement);
        if (cells[c].empty()) continue;
        float top = pad + firstAscent - cells[c].front().ascent;
        for (const TextLine& line : cells[c]) {
            addLine(slice.items, line, columns[c].first + pad, top, style::ink, cell);
            top += lineHeight(line);
        }
    }
    float left = context.left(), right = context.left() + context.width();
    if (grid) {
        slice.items.push_back(LineItem{left, 0, right, 0, 0.5f, style::rule});
        slice.items.push_back(LineItem{left, slice.height, right, slice.height, 0.5f, style::rule});
        for (auto& [x, width] : columns) slice.items.push_back(LineItem{x, 0, x, slice.height, 0.5f, style::rule});
        slice.items.push_back(LineItem{right, 0, right, slice.height, 0.5f, style::rule});
    }
    return slice;
}

std::vector<Slice> table(const markup::Table& t, const BlockContext& context) {
    std::vector<Slice> slices;
    if (t.rows.empty()) return slices;
    auto columns = columnSpans(t, t.rows.front().cells.size(), context);
    const auto aligns = columnAligns(t, columns.size());
    auto header = std::make_shared<std::vector<Slice>>();
    const int tableElement = context.element(ElementKind::Table);
    for (const markup::Row& row : t.rows) {
        Slice slice = tableRow(row, columns, aligns, t.grid, context, tableElement);
        if (row.header && slices.size() == header->size()) {
            header->push_back(slice);
        } else {
            slice.repeatedHeader = header;
        }
        slices.push_back(std::move(slice));
    }
    // The header rows go with the first body row.
    const std::span<Slice> rows(slices);
    keepTogether(rows.first(std::min(header->size() + 1, rows.size())), Keep::Block);
    keepBodyRows(rows.subspan(header->size()));
    slices.front().spaceBefore = 2;
    slices.back().height += style::paragraphSpacing + 2;
    return slices;
}

// The organisation's name and lines; its logo, when it has one, at the
// start side with the text beside it, the two centred on each other.
std::vector<Slice> letterhead(const markup::Letterhead& l, const BlockContext& context) {
    const text::LineAlign start = context.lineAlign(markup::Align::Start);
    ImageSize logo;
    if (l.logo) logo = imageSize(*l.logo, context.image(*l.logo).header, {style::logoWidth, style::logoHeight});
    const float indent = l.logo ? logo.width + style::logoGap : 0;
    const float textWidth = context.width() - indent;
    const float textX = context.rightToLeft ? context.left() : context.left() + indent;
    std::vector<Slice> slices;
    if (l.logo) slices.emplace_back();  // the logo, and room above the text when the logo is taller
    auto add = [&](std::vector<Slice> more) {
        for (auto& s : more) slices.push_back(std::move(s));
    };
    add(lineSlices(setText({{l.organisation, {true, false, 15}, false}}, textWidth, start, context), textX,
                   style::accent, 0, 2, context.element(ElementKind::Paragraph)));
    for (const std::string& line : l.lines)
        add(lineSlices(setText({{line, {false, false, 8.5f}, false}}, textWidth, start, context), textX, style::muted,
                       0, 0, context.element(ElementKind::Paragraph)));
    if (l.logo) {
        float textHeight = 0;
        for (const Slice& s : slices) textHeight += s.height;
        const float room = std::max(0.0f, logo.height - textHeight);
        slices.front().height = room / 2;
        slices.back().height += room / 2;
        const float logoX = context.rightToLeft ? context.left() + context.width() - logo.width : context.left();
        const float logoTop = std::max(0.0f, (textHeight - logo.height) / 2);
        slices.front().items.push_back(imageItem(*l.logo, logoX, logoTop, logo));
    }
    Slice ruleSlice;
    ruleSlice.height = 18;
    ruleSlice.items.push_back(LineItem{context.left(), 6, context.left() + context.width(), 6, 1.4f, style::accent});
    slices.push_back(std::move(ruleSlice));
    keepTogether(slices, Keep::Block);
    return slices;
}

bool introduces(const markup::Block& block) {
    return std::holds_alternative<markup::List>(block) || std::holds_alternative<markup::Table>(block);
}

}  // namespace

BlockContext blockContextOf(const markup::Document& document, const text::FontSet& fonts,
                            const base::Images* images, const PageGeometry& page) {
    return {fonts, document.rightToLeft(), document.digits, document.final, nullptr, images, nullptr, page};
}

std::vector<Slice> blockSlices(const markup::Block& block, const BlockContext& context) {
    return std::visit(
        [&](const auto& b) -> std::vector<Slice> {
            using T = std::decay_t<decltype(b)>;
            if constexpr (std::is_same_v<T, markup::Paragraph>) return paragraph(b, context);
            else if constexpr (std::is_same_v<T, markup::Heading>) return heading(b, context);
            else if constexpr (std::is_same_v<T, markup::List>) return list(b, context);
            else if constexpr (std::is_same_v<T, markup::Table>) return table(b, context);
            else if constexpr (std::is_same_v<T, markup::Signatures>) return signatureSlices(b, context);
            else if constexpr (std::is_same_v<T, markup::Letterhead>) return letterhead(b, context);
            else if constexpr (std::is_same_v<T, markup::Image>) return imageSlices(b, context);
            else if constexpr (std::is_same_v<T, markup::Space>) {
                Slice s;
                s.height = static_cast<float>(b.points);
                return {s};
            } else if constexpr (std::is_same_v<T, markup::Rule>) {
                Slice s;
                s.height = 10;
                s.items.push_back(LineItem{context.left(), 5, context.left() + context.width(), 5, 0.5f, style::rule});
                return {s};
            } else {
                Slice s;
                s.breakBefore = true;
                return {s};
            }
        },
        block);
}

std::vector<Slice> documentSlices(const std::vector<markup::Block>& blocks, const BlockContext& context) {
    // Nobody signs on a page of nothing else: a signature block takes two
    // lines of body text with it, and whatever heading stands between.
    constexpr int linesBeforeSignatures = 2;
    std::vector<Slice> slices;
    std::vector<size_t> starts;  // where each block's slices begin
    for (size_t i = 0; i < blocks.size(); ++i) {
        starts.push_back(slices.size());
        for (Slice& slice : blockSlices(blocks[i], context)) slices.push_back(std::move(slice));
        if (starts[i] == slices.size()) continue;
        if (std::holds_alternative<markup::Signatures>(blocks[i]))
            keepBodyLinesBefore(std::span(slices).first(starts[i]), linesBeforeSignatures, Keep::Context);
        // A paragraph right before a list or table introduces it ("… as
        // follows:"): it goes with the first item or rows.
        if (i >= 1 && introduces(blocks[i]) && std::holds_alternative<markup::Paragraph>(blocks[i - 1]) &&
            starts[i - 1] < starts[i])
            keepAfter(slices[starts[i] - 1], Keep::Context);
    }
    return slices;
}

}  // namespace wop::layout
