#include "text/embedded_values.h"

#include <string>

#include <unicode/uchar.h>
#include <unicode/utf16.h>

namespace wop::text {
namespace {

enum class Part {
    Other,      // ends a value: right-to-left letters, a sentence's punctuation
    Final,      // a letter, digit, unit sign or mark: a value may end with it
    Inner,      // separators and signs: only between the value's other parts
    Opening,    // a bracket, inside a value only when it closes there
    Closing,
};

bool isArabicScriptBlock(UChar32 c) {
    return (c >= 0x0600 && c <= 0x06FF) || (c >= 0x0750 && c <= 0x077F) || (c >= 0x08A0 && c <= 0x08FF) ||
           (c >= 0xFB50 && c <= 0xFDFF) || (c >= 0xFE70 && c <= 0xFEFF);
}

UChar32 closingOf(UChar32 opening) {
    switch (opening) {
        case u'(': return u')';
        case u'[': return u']';
        case u'{': return u'}';
        default: return 0;
    }
}

bool isSpaceInValue(UChar32 c) { return c == u' ' || c == 0x00A0 || c == 0x2009 || c == 0x202F; }

// A character that belongs to the grapheme before it: a mark, a skin-tone
// modifier (U+1F3FB-U+1F3FF), a joiner. HarfBuzz shapes it into the cluster
// of the character before it, which at a value's end would be the closing
// isolate's, which a line leaves out with all it holds: the value takes it.
bool continuesGrapheme(UChar32 c) {
    const auto kind = u_getIntPropertyValue(c, UCHAR_GRAPHEME_CLUSTER_BREAK);
    return kind == U_GCB_EXTEND || kind == U_GCB_ZWJ || kind == U_GCB_SPACING_MARK;
}

Part partOf(UChar32 c) {
    if (continuesGrapheme(c)) return Part::Final;
    if (u_charType(c) == U_FORMAT_CHAR || u_charType(c) == U_CONTROL_CHAR) return Part::Other;
    if (isSpaceInValue(c)) return Part::Inner;
    const UCharDirection direction = u_charDirection(c);
    const bool number = direction == U_EUROPEAN_NUMBER || direction == U_ARABIC_NUMBER ||
                        direction == U_EUROPEAN_NUMBER_TERMINATOR;
    // Urdu's comma, full stop and letters belong to the sentence; its digits
    // and percent sign to the values.
    if (isArabicScriptBlock(c) && !number) return Part::Other;
    if (closingOf(c)) return Part::Opening;
    if (c == u')' || c == u']' || c == u'}') return Part::Closing;
    switch (direction) {
        case U_LEFT_TO_RIGHT:
        case U_EUROPEAN_NUMBER:
        case U_ARABIC_NUMBER:
        case U_EUROPEAN_NUMBER_TERMINATOR:  // % ‰ ° # and currency signs
        case U_DIR_NON_SPACING_MARK:
            return Part::Final;
        case U_EUROPEAN_NUMBER_SEPARATOR:  // + -
        case U_COMMON_NUMBER_SEPARATOR:    // . , : /
            return Part::Inner;
        default: break;
    }
    // Neutrals that join the parts of names, ranges and sizes.
    switch (c) {
        case u'&': case u'\'': case u'@': case u'_': case u'!': case u'?':
        case 0x2019: case 0x2010: case 0x2011: case 0x2013: case 0x00D7:  // ’ ‐ ‑ – ×
            return Part::Inner;
        default: return Part::Other;
    }
}

bool isDigit(UChar32 c) {
    const UCharDirection direction = u_charDirection(c);
    return direction == U_EUROPEAN_NUMBER || direction == U_ARABIC_NUMBER;
}

// A value starts with a letter or digit, or with a sign right before a
// digit: "+92 42 ...", "-5", "$10".
bool startsValue(std::u16string_view text, int32_t at) {
    const auto length = static_cast<int32_t>(text.size());
    int32_t next = at;
    UChar32 c;
    U16_NEXT(text.data(), next, length, c);
    const UCharDirection direction = u_charDirection(c);
    if (partOf(c) == Part::Other) return false;
    if (direction == U_EUROPEAN_NUMBER_TERMINATOR || direction == U_EUROPEAN_NUMBER_SEPARATOR) {
        if (next == length) return false;
        UChar32 following;
        U16_NEXT(text.data(), next, length, following);
        return isDigit(following);
    }
    return partOf(c) == Part::Final && !continuesGrapheme(c);
}

bool isFullStop(char16_t c) { return c == u'.' || c == u'!' || c == u'?'; }

// Whether a right-to-left letter follows `from` in its paragraph and line.
bool rightToLeftFollows(std::u16string_view text, int32_t from) {
    const auto length = static_cast<int32_t>(text.size());
    for (int32_t i = from; i < length;) {
        UChar32 c;
        U16_NEXT(text.data(), i, length, c);
        if (c == 0x2028) return false;  // LINE SEPARATOR: a <br/>
        const UCharDirection direction = u_charDirection(c);
        if (direction == U_RIGHT_TO_LEFT || direction == U_RIGHT_TO_LEFT_ARABIC) return true;
    }
    return false;
}

// One past the end of the value that starts at `start`: after its last part
// that may end it, with every bracket opened in it closed.
int32_t valueEnd(std::u16string_view text, int32_t start) {
    const auto length = static_cast<int32_t>(text.size());
    std::u16string expectedClosings;
    int32_t end = start;
    for (int32_t i = start; i < length;) {
        UChar32 c;
        int32_t next = i;
        U16_NEXT(text.data(), next, length, c);
        const Part part = partOf(c);
        if (part == Part::Other) break;
        if (part == Part::Opening) expectedClosings.push_back(static_cast<char16_t>(closingOf(c)));
        if (part == Part::Closing) {
            if (expectedClosings.empty() || expectedClosings.back() != c) break;
            expectedClosings.pop_back();
        }
        i = next;
        if (expectedClosings.empty() && (part == Part::Final || part == Part::Closing)) end = i;
    }
    if (end < length && isFullStop(text[static_cast<size_t>(end)]) && !rightToLeftFollows(text, end + 1)) ++end;
    return end;
}

}  // namespace

std::vector<TextRange> leftToRightValues(std::u16string_view text) {
    std::vector<TextRange> values;
    const auto length = static_cast<int32_t>(text.size());
    for (int32_t i = 0; i < length;) {
        if (startsValue(text, i)) {
            const int32_t end = valueEnd(text, i);
            values.push_back({i, end});
            i = end;
            continue;
        }
        U16_FWD_1(text.data(), i, length);
    }
    return values;
}

}  // namespace wop::text
