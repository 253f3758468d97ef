// A code point appended to UTF-8 text: for the character references the
// markup reads, and for digits written in another script.
#pragma once

#include <string>

namespace wop::markup {

// `c` must be a Unicode scalar value (the reader checks the references).
void appendUtf8(std::string& out, char32_t c);

}  // namespace wop::markup
