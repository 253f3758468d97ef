#include "layout/layout.h"

#include <iostream>
#include <string>

#include "layout/blocks.h"
#include "layout/flow.h"
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

// Reference at the start side, "Page X of Y" at the end side, a rule above.
void addFooter(Page& page, const markup::Document& doc, int number, int count, const BlockContext& context) {
    const float baseline = style::footerBaselineFromBottom;
    const float left = style::marginSide, right = style::marginSide + style::contentWidth;
    page.items.push_back(LineItem{left, baseline + 14, right, baseline + 14, 0.5f, style::rule});
    text::TextStyle footerStyle{false, false, 8};
    text::TextLine reference = text::setLine(doc.reference, footerStyle, context.direction(), context.fonts);
    std::string label = replaceAll(replaceAll(doc.pageLabel, "{page}", context.localDigits(std::to_string(number))),
                                   "{pages}", context.localDigits(std::to_string(count)));
    text::TextLine pageLabel = text::setLine(label, footerStyle, context.direction(), context.fonts);
    const text::TextLine& startSide = reference;
    const text::TextLine& endSide = pageLabel;
    if (context.rightToLeft) {
        addText(page, startSide, right - startSide.width, baseline, style::muted);
        addText(page, endSide, left, baseline, style::muted);
    } else {
        addText(page, startSide, left, baseline, style::muted);
        addText(page, endSide, right - endSide.width, baseline, style::muted);
    }
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

PageSet layoutDocument(const markup::Document& doc, const text::FontSet& fonts) {
    std::vector<std::string> warnings;
    BlockContext context = blockContextOf(doc, fonts);
    context.warnings = &warnings;
    const std::vector<Slice> slices = documentSlices(doc.blocks, context);
    Flow flow(style::pageWidth, style::pageHeight, style::marginTop, style::pageHeight - style::marginBottom);
    PageSet set = flow.paginate(slices, {doc.title, doc.subject, doc.author, doc.keywords, doc.date, doc.lang});
    // Named by the document, and said at once: a batch goes on making others.
    const std::string& document = doc.reference.empty() ? doc.title : doc.reference;
    for (std::string& warning : warnings) {
        if (!document.empty()) warning = document + ": " + warning;
        std::clog << "warning: " + warning + "\n" << std::flush;
    }
    set.warnings = std::move(warnings);
    if (!doc.title.empty())
        set.bookmarks.insert(set.bookmarks.begin(), Bookmark{doc.title, 0, 0, style::pageHeight - style::marginTop});

    const int count = static_cast<int>(set.pages.size());
    for (int i = 0; i < count; ++i) {
        Page& page = set.pages[static_cast<size_t>(i)];
        if (!doc.reference.empty() || !doc.pageLabel.empty()) addFooter(page, doc, i + 1, count, context);
        if (!doc.watermark.empty()) addWatermark(page, doc.watermark, context);
    }
    return set;
}

}  // namespace wop::layout
