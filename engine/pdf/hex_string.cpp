#include "pdf/hex_string.h"

#include "text/utf16.h"

namespace wop::pdf {

void appendHex(std::string& out, char16_t unit) {
    static constexpr char digits[] = "0123456789ABCDEF";
    for (int shift = 12; shift >= 0; shift -= 4) out += digits[(unit >> shift) & 0xF];
}

std::string utf16Hex(const std::string& utf8) {
    const std::u16string units = text::toUtf16(utf8);
    std::string hex;
    hex.reserve(4 * units.size());
    for (char16_t unit : units) appendHex(hex, unit);
    return hex;
}

}  // namespace wop::pdf
