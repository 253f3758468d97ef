#include "text_difference.h"

#include <algorithm>
#include <cstdio>
#include <iterator>

#include <unicode/uchar.h>
#include <unicode/utf16.h>

#include "text/utf16.h"

namespace wop::test {
namespace {

bool mayBeDropped(UChar32 c) {
    return c == u' ' || c == u'\t' || c == 0x00A0 || c == 0x2028 || u_charDirection(c) == U_BLOCK_SEPARATOR ||
           c == 0x200E || c == 0x200F || (c >= 0x202A && c <= 0x202E) || (c >= 0x2066 && c <= 0x2069);
}

// The code points of `utf8` as the text stage reads it.
void addCodePoints(const std::string& utf8, std::vector<UChar32>& out) {
    const std::u16string units = text::toUtf16(utf8);
    const auto length = static_cast<int32_t>(units.size());
    for (int32_t i = 0; i < length;) {
        UChar32 c;
        U16_NEXT(units.data(), i, length, c);
        if (!mayBeDropped(c)) out.push_back(c);
    }
}

std::vector<std::string> names(const std::vector<UChar32>& codePoints) {
    std::vector<std::string> out;
    for (UChar32 c : codePoints) {
        char name[12];
        std::snprintf(name, sizeof name, "U+%04X", static_cast<unsigned>(c));
        out.push_back(name);
    }
    return out;
}

}  // namespace

TextDifference compareText(const std::vector<text::StyledSpan>& spans, const std::vector<text::TextLine>& lines) {
    std::vector<UChar32> written, set;
    for (const text::StyledSpan& span : spans)
        if (!span.lineBreak) addCodePoints(span.utf8, written);
    for (const text::TextLine& line : lines)
        for (const text::GlyphRun& run : line.runs)
            for (const text::PlacedGlyph& glyph : run.glyphs) addCodePoints(glyph.text, set);
    std::sort(written.begin(), written.end());
    std::sort(set.begin(), set.end());
    std::vector<UChar32> missing, extra;
    std::set_difference(written.begin(), written.end(), set.begin(), set.end(), std::back_inserter(missing));
    std::set_difference(set.begin(), set.end(), written.begin(), written.end(), std::back_inserter(extra));
    return {names(missing), names(extra)};
}

}  // namespace wop::test
