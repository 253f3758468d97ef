// Values embedded in right-to-left text: numbers with their units ("41 %",
// "10 h/day"), ranges, references ("PWON/WOP/2024/02"), phone numbers and
// anything written in Latin letters. Each is a stretch that reads left to
// right as a whole; the paragraph isolates it (U+2066 ... U+2069) so that
// bidi orders it as one unit in the sentence.
//
// It is done here, on the text being set, rather than by the context stage
// marking the values it makes: values reach a paragraph from the data, from
// free text that holds them ("NRW fell from 41 % to 29.5 %") and from the
// templates' own words, and only the text stage sees them all, with the
// direction of the paragraph they stand in.
#pragma once

#include <cstdint>
#include <string_view>
#include <vector>

namespace wop::text {

struct TextRange {
    int32_t start = 0;
    int32_t end = 0;
    bool operator==(const TextRange&) const = default;
};

// The stretches of `text` (UTF-16) that read left to right as one value: they
// start with a letter of a left-to-right script, a digit, or a sign before a
// digit ("+92", "-5"), and take what values are made of (digits, letters,
// spaces, separators such as . , : / - and units such as % and °, brackets
// that close inside them). A sentence's own punctuation ends them: the arrow
// of "29.5 % ← 41 %", Urdu's ، and ۔, quotation marks. A full stop right after
// a value is the value's own (a field left in English: "... Hyderabad.") when
// no right-to-left letter follows it before the end of the paragraph or line.
std::vector<TextRange> leftToRightValues(std::u16string_view text);

}  // namespace wop::text
