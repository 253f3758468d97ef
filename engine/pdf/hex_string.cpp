#include "pdf/hex_string.h"

#include <unicode/ustring.h>

namespace wop::pdf {

void appendHex(std::string& out, char16_t unit) {
    static constexpr char digits[] = "0123456789ABCDEF";
    for (int shift = 12; shift >= 0; shift -= 4) out += digits[(unit >> shift) & 0xF];
}

std::string utf16Hex(const std::string& utf8) {
    std::u16string units(utf8.size() + 1, u'\0');
    int32_t length = 0;
    UErrorCode status = U_ZERO_ERROR;
    u_strFromUTF8WithSub(reinterpret_cast<UChar*>(units.data()), static_cast<int32_t>(units.size()), &length,
                         utf8.data(), static_cast<int32_t>(utf8.size()), 0xFFFD, nullptr, &status);
    std::string hex;
    hex.reserve(4 * static_cast<size_t>(length));
    for (int32_t i = 0; i < length; ++i) appendHex(hex, units[static_cast<size_t>(i)]);
    return hex;
}

}  // namespace wop::pdf
