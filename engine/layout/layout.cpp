#include "layout/layout.h"

#include <iostream>
#include <string>

#include "layout/blocks.h"
#include "layout/flow.h"
#include "layout/qr_code.h"
#include "layout/style.h"

namespace wop::layout {
namespace {

std::string replaceAll(std::string text, const std::string& key, const std::string& value) {
    for (size_t at = text.find(key); at != std::string::npos; at = text.find(key, at + value.size()))
        text.replace(at, key.size(), value);
    return text;
}

void addText(Page& page, const text::TextLine& line, float x, float baseline, Color color, float angle = 0,
             float opacity = 1) {
    for (const text::GlyphRun& run : line.runs) page.items.push_back(TextItem{run, x, baseline, angle, color, opacity});
}

// Reference at the start side, "Page X of Y" at the end side, a rule above;
// the last page of a registered final document also its verification mark:
// the QR code at the end side, the page label before it, and under the
// reference where to check the document.
void addFooter(Page& page, const markup::Document& doc, int number, int count, const BlockContext& context,
               const VerificationMark* verification) {
    const float baseline = style::footerBaselineFromBottom;
    const float left = context.left(), right = context.left() + context.width();
    page.items.push_back(LineItem{left, baseline + 14, right, baseline + 14, 0.5f, style::rule});
    text::TextStyle footerStyle{false, false, 8};
    text::TextLine reference = text::setLine(doc.reference, footerStyle, context.direction(), context.fonts);
    std::string label = replaceAll(replaceAll(doc.pageLabel, "{page}", context.localDigits(std::to_string(number))),
                                   "{pages}", context.localDigits(std::to_string(count)));
    text::TextLine pageLabel = text::setLine(label, footerStyle, context.direction(), context.fonts);
    // From the start side (right in Urdu): x of a line `width` wide.
    auto fromStart = [&](float width) { return context.rightToLeft ? right - width : left; };
    auto fromEnd = [&](float width, float end) { return context.rightToLeft ? left + end : right - end - width; };
    float endSpace = 0;  // taken at the end side by the QR code
    if (verification) {
        const std::string& wording = verification->address.empty() ? doc.codeLabel : doc.verifyLabel;
        const std::string line = replaceAll(replaceAll(wording, "{code}", verification->code), "{address}",
                                            verification->address);
        const text::TextLine mark = text::setLine(line, footerStyle, context.direction(), context.fonts);
        addText(page, mark, fromStart(mark.width), baseline - style::verificationLineDrop, style::muted);
        if (!verification->link.empty()) {
            const QrCode qr(verification->link);
            const float side = style::verificationQrSide;
            for (Item& item : qr.items(fromEnd(side, 0), style::verificationQrBottom, side, style::ink))
                page.items.push_back(std::move(item));
            endSpace = side + style::verificationQrGap;
        }
    }
    addText(page, reference, fromStart(reference.width), baseline, style::muted);
    addText(page, pageLabel, fromEnd(pageLabel.width, endSpace), baseline, style::muted);
}

void addWatermark(Page& page, const std::string& watermark, const BlockContext& context) {
    text::TextLine line = text::setLine(watermark, {true, false, 96}, context.direction(), context.fonts);
    const float angle = 45, c = 0.70710678f;
    // Centre the run on the page: its origin sits half its width back along the diagonal.
    float middle = (line.ascent - line.descent) / 2;
    float x = page.width / 2 - c * line.width / 2 + c * middle;
    float y = page.height / 2 - c * line.width / 2 - c * middle;
    addText(page, line, x, y, style::watermark, angle, 0.13f);
}

}  // namespace

PageSet layoutDocument(const markup::Document& doc, const text::FontSet& fonts, const base::Images& images,
                       const VerificationMark* verification, const PageGeometry& page) {
    std::vector<std::string> warnings;
    std::vector<StructureElement> structure{{ElementKind::Document, -1}};
    BlockContext context = blockContextOf(doc, fonts, &images, page);
    context.warnings = &warnings;
    context.structure = &structure;
    const std::vector<Slice> slices = documentSlices(doc.blocks, context);
    Flow flow(page.width, page.height, page.marginTop, page.height - page.marginBottom);
    PageSet set = flow.paginate(slices, {doc.title, doc.subject, doc.author, doc.keywords, doc.date, doc.lang});
    // Named by the document, and said at once: a batch goes on making others.
    const std::string& document = doc.reference.empty() ? doc.title : doc.reference;
    for (std::string& warning : warnings) {
        if (!document.empty()) warning = document + ": " + warning;
        std::clog << "warning: " + warning + "\n" << std::flush;
    }
    set.warnings = std::move(warnings);
    set.structure = std::move(structure);
    if (!doc.title.empty())
        set.bookmarks.insert(set.bookmarks.begin(), Bookmark{doc.title, 0, 0, page.height - page.marginTop});

    const int count = static_cast<int>(set.pages.size());
    for (int i = 0; i < count; ++i) {
        Page& page = set.pages[static_cast<size_t>(i)];
        const bool last = i + 1 == count;
        const VerificationMark* mark = last && doc.final ? verification : nullptr;
        if (!doc.reference.empty() || !doc.pageLabel.empty() || mark) addFooter(page, doc, i + 1, count, context, mark);
        if (!doc.watermark.empty()) addWatermark(page, doc.watermark, context);
        for (const Item& item : page.items)
            if (const auto* image = std::get_if<ImageItem>(&item)) set.images.emplace(image->sha256, images.at(image->sha256));
    }
    return set;
}

}  // namespace wop::layout
