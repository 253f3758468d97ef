// UTF-8 as the stages write and count it. Lengths and columns count
// characters (code points), not bytes: limits and error positions are about
// text in any script.
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>

namespace wop::base {

// `c` must be a Unicode scalar value (the readers check what they decode).
void appendUtf8(std::string& out, char32_t c);

// Whether a byte begins a character, that is, is no continuation byte.
constexpr bool beginsCharacter(char byte) {
    return (static_cast<unsigned char>(byte) & 0xC0) != 0x80;
}

std::size_t countCharacters(std::string_view utf8);

// The character that starts at `text[pos]`, moving `pos` past it; nothing,
// and `pos` unmoved, when the bytes there are not well-formed UTF-8 (RFC
// 3629: no overlong forms, no surrogates, nothing above U+10FFFF).
std::optional<char32_t> nextCharacter(std::string_view text, std::size_t& pos);

bool isValidUtf8(std::string_view text);

}  // namespace wop::base
