#include "layout/signatures.h"

#include <algorithm>
#include <span>

#include "layout/images.h"
#include "layout/keeps.h"
#include "layout/lines.h"
#include "layout/style.h"

namespace wop::layout {
namespace {

struct ColouredLine {
    text::TextLine line;
    Color color;
};
using TextColumn = std::vector<ColouredLine>;  // lines set one under the other

float heightOf(const TextColumn& column) {
    float h = 0;
    for (const ColouredLine& l : column) h += lineHeight(l.line);
    return h;
}

void addColumn(std::vector<Item>& items, const TextColumn& column, float x, float top, int element) {
    for (const ColouredLine& l : column) {
        addLine(items, l.line, x, top, l.color, element);
        top += lineHeight(l.line);
    }
}

// One signature block's texts, set to its width: what stands above the line
// to sign on, under it, and the date label.
struct SignatureText {
    TextColumn label;
    TextColumn details;  // name, title, organisation
    TextColumn date;

    SignatureText(const markup::Signature& signature, float width, const BlockContext& context) {
        auto set = [&](TextColumn& column, const std::string& text, float size, bool bold, Color color) {
            if (text.empty()) return;
            for (text::TextLine& line : setText({{text, {bold, false, size}, false}}, width,
                                                context.lineAlign(markup::Align::Start), context))
                column.push_back({std::move(line), color});
        };
        set(label, signature.label, 9, true, style::accent);
        set(details, signature.name, 10, true, style::ink);
        set(details, signature.title, 9, false, style::ink);
        set(details, signature.organisation, 9, false, style::muted);
        if (!signature.dateLabel.empty()) set(date, signature.dateLabel + ":", 9, false, style::ink);
    }
};

float tallest(const std::vector<SignatureText>& texts, TextColumn SignatureText::*column) {
    float h = 0;
    for (const SignatureText& t : texts) h = std::max(h, heightOf(t.*column));
    return h;
}

// The blocks of a row share their heights, whatever wraps in one of them:
// the lines to sign on stand level, and so do the date lines.
Slice signatureRow(std::span<const markup::Signature> row, float width, const BlockContext& context) {
    std::vector<SignatureText> texts;
    for (const markup::Signature& signature : row) texts.emplace_back(signature, width, context);
    const float signingLine = tallest(texts, &SignatureText::label) + style::signingHeight;
    const float detailsTop = signingLine + 3;
    const float detailsBottom = detailsTop + tallest(texts, &SignatureText::details);
    const float dateTop = detailsBottom + 10;
    const float dateHeight = tallest(texts, &SignatureText::date);
    const float dateLine = dateTop + dateHeight - 3;

    Slice slice;
    slice.spaceBefore = 14;
    for (size_t k = 0; k < texts.size(); ++k) {
        const float offset = static_cast<float>(k) * (width + style::signatureGap);
        const float x = context.rightToLeft ? context.left() + context.width() - offset - width
                                            : context.left() + offset;
        // A block reads as one paragraph: label, name, title, organisation, date.
        const int element = context.element(ElementKind::Paragraph);
        addColumn(slice.items, texts[k].label, x, 0, element);
        if (context.signatureFields) {
            const std::string& role = row[k].role;
            slice.items.push_back(SignatureField{x, signingLine, width, style::signingHeight, role.empty() ? "signature" : role});
        }
        if (const auto& seal = row[k].seal) {
            // At the end side of the room to sign, standing on the line: the
            // signature goes at the start side, as a stamp beside it would.
            const ImageSize size = imageSize(*seal, context.image(*seal).header,
                                             {width * style::sealShare, style::signingHeight - 4});
            const float sealX = context.rightToLeft ? x : x + width - size.width;
            slice.items.push_back(imageItem(*seal, sealX, signingLine - 2 - size.height, size));
        }
        slice.items.push_back(LineItem{x, signingLine, x + width, signingLine, 0.7f, style::ink});
        addColumn(slice.items, texts[k].details, x, detailsTop, element);
        if (texts[k].date.empty()) continue;
        addColumn(slice.items, texts[k].date, x, dateTop, element);
        // The line to write the date on, on the end side of its label.
        const float lineStart = context.rightToLeft ? x : x + width * 0.3f;
        slice.items.push_back(LineItem{lineStart, dateLine, lineStart + width * 0.7f, dateLine, 0.5f, style::rule});
    }
    slice.height = (dateHeight > 0 ? dateTop + dateHeight : detailsBottom) + 6;
    return slice;
}

}  // namespace

std::vector<Slice> signatureSlices(const markup::Signatures& s, const BlockContext& context) {
    // Two or four blocks stand in pairs, anything else in threes. A lone
    // block signs for a whole organisation, a letter's or a report's: half
    // the width gives a long name and title a line each and a stamp room
    // beside the signature, and the block stays on the start side, where a
    // letter's closing stands.
    const size_t n = s.items.size();
    const size_t perRow = n == 2 || n == 4 ? 2 : 3;
    const float width = n == 1 ? context.width() / 2
                               : (context.width() - style::signatureGap * static_cast<float>(perRow - 1)) /
                                     static_cast<float>(perRow);
    std::vector<Slice> slices;
    const std::span<const markup::Signature> all(s.items);
    for (size_t first = 0; first < n; first += perRow)
        slices.push_back(signatureRow(all.subspan(first, std::min(perRow, n - first)), width, context));
    keepTogether(slices, Keep::Block);
    return slices;
}

}  // namespace wop::layout
