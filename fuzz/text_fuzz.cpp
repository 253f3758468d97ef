// The text stage with arbitrary Unicode: any bytes as styled spans (invalid
// UTF-8, unpaired bidi controls, combining marks, huge words, mixed scripts),
// any alignment and width, set as a paragraph. Every character written must
// come back in the lines' text (less spaces, separators and bidi controls),
// and every position must be a finite number. Half the inputs are also
// wrapped in a small markup document and laid out into pages.
#include <fuzzer/FuzzedDataProvider.h>

#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <string>
#include <vector>

#include "base/escape.h"
#include "fonts.h"
#include "layout/layout.h"
#include "markup/parser.h"
#include "text/paragraph.h"
#include "text_difference.h"

namespace {

using namespace wop;

[[noreturn]] void fail(const char* what) {
    std::fprintf(stderr, "text fuzz: %s\n", what);
    std::abort();
}

void checkLines(const std::vector<text::StyledSpan>& spans, const std::vector<text::TextLine>& lines) {
    for (const text::TextLine& line : lines) {
        if (!std::isfinite(line.width) || !std::isfinite(line.ascent) || !std::isfinite(line.descent))
            fail("a line's metrics are not finite");
        for (const text::GlyphRun& run : line.runs)
            for (const text::PlacedGlyph& glyph : run.glyphs)
                if (!std::isfinite(glyph.x) || !std::isfinite(glyph.y)) fail("a glyph position is not finite");
    }
    const test::TextDifference difference = test::compareText(spans, lines);
    if (!difference.empty()) {
        for (const std::string& c : difference.missing) std::fprintf(stderr, "missing %s\n", c.c_str());
        for (const std::string& c : difference.extra) std::fprintf(stderr, "extra %s\n", c.c_str());
        fail("the lines' text differs from the text written");
    }
}

std::string inlineMarkup(const std::vector<text::StyledSpan>& spans) {
    std::string out;
    for (const text::StyledSpan& span : spans) {
        if (span.lineBreak) {
            out += "<br/>";
            continue;
        }
        std::string piece = base::escape(span.utf8);
        if (span.style.italic) piece = "<i>" + piece + "</i>";
        if (span.style.bold) piece = "<b>" + piece + "</b>";
        out += piece;
    }
    return out;
}

// Every block kind that sets text, each holding the fuzzed spans.
std::string documentMarkup(const std::vector<text::StyledSpan>& spans, bool rightToLeft, int firstColumn,
                           int secondColumn) {
    const std::string content = inlineMarkup(spans);
    const std::string plain = spans.empty() ? std::string() : base::escape(spans.front().utf8);
    return std::string("<document lang=\"") + (rightToLeft ? "ur" : "en") + "\" reference=\"" + plain +
           "\" page-label=\"{page}/{pages}\" watermark=\"" + plain + "\">" + "<letterhead><org>" + content +
           "</org><line>" + content + "</line></letterhead>" + "<h2>" + content + "</h2>" + "<p align=\"justify\">" +
           content + "</p>" + "<ol><li>" + content + "</li></ol>" + "<table widths=\"" + std::to_string(firstColumn) +
           "," + std::to_string(secondColumn) + "\"><tr header=\"yes\"><th>" + content + "</th><th>" + content +
           "</th></tr><tr><td>" + content + "</td><td align=\"end\">" + content + "</td></tr></table>" +
           "<signatures><signature label=\"" + plain + "\" name=\"" + plain + "\" date-label=\"" + plain +
           "\"/></signatures></document>";
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    static const float sizes[] = {6, 8, 10.5f, 15, 96};
    FuzzedDataProvider in(data, size);
    text::ParagraphStyle style;
    style.direction = in.ConsumeBool() ? text::Direction::RightToLeft : text::Direction::LeftToRight;
    style.align = static_cast<text::LineAlign>(in.ConsumeIntegralInRange(0, 3));
    // Below zero too: a narrow table column minus its padding.
    style.width = in.ConsumeFloatingPointInRange(-20.0f, 600.0f);
    const bool throughLayout = in.ConsumeBool();
    const int firstColumn = in.ConsumeIntegralInRange(1, 10000);
    const int secondColumn = in.ConsumeIntegralInRange(1, 10000);

    std::vector<text::StyledSpan> spans;
    while (in.remaining_bytes() > 0 && spans.size() < 16) {
        const auto flags = in.ConsumeIntegral<uint8_t>();
        text::StyledSpan span;
        span.style.bold = flags & 1;
        span.style.italic = flags & 2;
        span.style.size = sizes[(flags >> 2) % std::size(sizes)];
        span.lineBreak = (flags & 0xE0) == 0xE0;
        if (!span.lineBreak) span.utf8 = in.ConsumeRandomLengthString(4096);
        spans.push_back(std::move(span));
    }

    checkLines(spans, text::setParagraph(spans, style, fuzzFonts()));

    if (throughLayout) {
        markup::Document document;
        try {
            document = markup::parse(documentMarkup(spans, style.direction == text::Direction::RightToLeft,
                                                    firstColumn, secondColumn));
        } catch (const markup::ParseError& error) {
            std::fprintf(stderr, "%s\n", error.what());
            fail("escaped text made invalid markup");
        }
        try {
            layout::layoutDocument(document, fuzzFonts());
        } catch (const layout::LayoutError&) {
        }
    }
    return 0;
}
