// The text stage with arbitrary Unicode: any bytes as styled spans (invalid
// UTF-8, unpaired bidi controls, combining marks, huge words, mixed scripts),
// any alignment and width, set as a paragraph. Every character written must
// come back in the lines' text (less spaces, separators and bidi controls),
// and every position must be a finite number. Half the inputs are also
// wrapped in a small markup document and laid out into pages.
#include <fuzzer/FuzzedDataProvider.h>
#include <unicode/uchar.h>
#include <unicode/ustring.h>
#include <unicode/utf16.h>

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <iterator>
#include <string>
#include <vector>

#include "fonts.h"
#include "layout/layout.h"
#include "markup/parser.h"
#include "text/paragraph.h"

namespace {

using namespace wop;

[[noreturn]] void fail(const char* what) {
    std::fprintf(stderr, "text fuzz: %s\n", what);
    std::abort();
}

// Characters the text stage may leave out of the text a reader copies:
// spaces (dropped at line ends), separators it reads as spaces, and bidi
// controls.
bool mayBeDropped(UChar32 c) {
    return c == u' ' || c == u'\t' || c == 0x00A0 || c == 0x2028 || u_charDirection(c) == U_BLOCK_SEPARATOR ||
           c == 0x200E || c == 0x200F || (c >= 0x202A && c <= 0x202E) || (c >= 0x2066 && c <= 0x2069);
}

// The code points of `utf8` as the text stage reads it (bad bytes become
// U+FFFD), sorted, without those that may be dropped.
void addCodePoints(const std::string& utf8, std::vector<UChar32>& out) {
    std::u16string units(utf8.size() + 1, u'\0');
    int32_t length = 0;
    UErrorCode status = U_ZERO_ERROR;
    u_strFromUTF8WithSub(reinterpret_cast<UChar*>(units.data()), static_cast<int32_t>(units.size()), &length,
                         utf8.data(), static_cast<int32_t>(utf8.size()), 0xFFFD, nullptr, &status);
    if (U_FAILURE(status)) fail("UTF-8 conversion failed");
    for (int32_t i = 0; i < length;) {
        UChar32 c;
        U16_NEXT(units.data(), i, length, c);
        if (!mayBeDropped(c)) out.push_back(c);
    }
}

void checkLines(const std::vector<text::StyledSpan>& spans, const std::vector<text::TextLine>& lines) {
    std::vector<UChar32> written, set;
    for (const text::StyledSpan& span : spans)
        if (!span.lineBreak) addCodePoints(span.utf8, written);
    for (const text::TextLine& line : lines) {
        if (!std::isfinite(line.width) || !std::isfinite(line.ascent) || !std::isfinite(line.descent))
            fail("a line's metrics are not finite");
        for (const text::GlyphRun& run : line.runs) {
            for (const text::PlacedGlyph& glyph : run.glyphs) {
                if (!std::isfinite(glyph.x) || !std::isfinite(glyph.y)) fail("a glyph position is not finite");
                addCodePoints(glyph.text, set);
            }
        }
    }
    std::sort(written.begin(), written.end());
    std::sort(set.begin(), set.end());
    if (written != set) {
        std::vector<UChar32> missing, extra;
        std::set_difference(written.begin(), written.end(), set.begin(), set.end(), std::back_inserter(missing));
        std::set_difference(set.begin(), set.end(), written.begin(), written.end(), std::back_inserter(extra));
        for (UChar32 c : missing) std::fprintf(stderr, "missing U+%04X\n", static_cast<unsigned>(c));
        for (UChar32 c : extra) std::fprintf(stderr, "extra U+%04X\n", static_cast<unsigned>(c));
        fail("the lines' text differs from the text written");
    }
}

std::string escaped(const std::string& text) {
    std::string out;
    for (char c : text) {
        switch (c) {
            case '&': out += "&amp;"; break;
            case '<': out += "&lt;"; break;
            case '>': out += "&gt;"; break;
            case '"': out += "&quot;"; break;
            default: out += c;
        }
    }
    return out;
}

std::string inlineMarkup(const std::vector<text::StyledSpan>& spans) {
    std::string out;
    for (const text::StyledSpan& span : spans) {
        if (span.lineBreak) {
            out += "<br/>";
            continue;
        }
        std::string piece = escaped(span.utf8);
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
    const std::string plain = spans.empty() ? std::string() : escaped(spans.front().utf8);
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
