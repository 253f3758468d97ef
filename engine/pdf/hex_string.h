// Text as the hex digits PDF strings are written with.
#pragma once

#include <string>

namespace wop::pdf {

// The four hex digits of a UTF-16 code unit (or a two-byte glyph code),
// big-endian as PDF reads them.
void appendHex(std::string& out, char16_t unit);
// UTF-8 text as the hex digits of its UTF-16 code units.
std::string utf16Hex(const std::string& utf8);

}  // namespace wop::pdf
