// Text made safe to write inside document markup, and inside HTML: the five
// characters either gives meaning to (& < > " ') become references, which
// both read back as the characters. Templates escape every value with it,
// and the portal every value it writes into a page.
#pragma once

#include <string>
#include <string_view>

namespace wop::base {

std::string escape(std::string_view text);

}  // namespace wop::base
