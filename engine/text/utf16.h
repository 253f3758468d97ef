// Text as the text stage reads it: UTF-8 to UTF-16 (what ICU and HarfBuzz
// work in), a malformed byte becoming U+FFFD. The pdf stage writes the same
// units into its strings, so what it extracts to is what was set.
#pragma once

#include <string>
#include <string_view>

namespace wop::text {

std::u16string toUtf16(std::string_view utf8);

}  // namespace wop::text
