// What the partnership file may give as an email address: an RFC 5322
// addr-spec as people write one, local-part@domain, the local part a
// dot-atom and the domain a host name of at least two labels. Nothing that
// could end a header or name a second recipient: no spaces, commas, angle
// brackets, quotes or control characters; no quoted local parts or address
// literals, which no party uses.
#pragma once

#include <cstddef>
#include <string_view>

namespace wop::model {

inline constexpr std::size_t maxMailAddressChars = 254;  // RFC 5321's path, less its brackets

bool isMailAddress(std::string_view address);

// RFC 5322 atext: the characters of an address's words, and of a name
// that mail may write without quotes.
bool isAtext(char c);

}  // namespace wop::model
