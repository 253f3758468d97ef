// Where a line may not break although the line breaker would let it: inside
// a date ("14 مارچ 2024", "14 March 2024", "July 2025"), between a number and
// its unit ("41 %", "72 h", "10 h/day", "7 ماہ") and before the ء that marks a
// year ("2024 ء"). A reader takes each for one word.
#pragma once

#include <cstdint>
#include <string_view>
#include <vector>

namespace wop::text {

enum class LineStart : std::uint8_t {
    Allowed,
    // Between the words of a date or a number and its unit: only where they
    // are wider together than a line, rather than cut a word.
    Avoided,
    Never,  // inside a unit ("h/day"), which is one word
};

// By UTF-16 index of `text`, one past its end included: whether a line may
// start there. Bidi controls around a word (the isolates of
// embedded_values.h) are not part of it.
std::vector<LineStart> unbreakable(std::u16string_view text);

}  // namespace wop::text
