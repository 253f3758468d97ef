#include "pdf/hex_string.h"

#include "base/hex.h"
#include "text/utf16.h"

namespace wop::pdf {

void appendHex(std::string& out, char16_t unit) {
    const unsigned char bytes[] = {static_cast<unsigned char>(unit >> 8), static_cast<unsigned char>(unit & 0xFF)};
    base::appendHex(out, bytes);
}

std::string utf16Hex(const std::string& utf8) {
    const std::u16string units = text::toUtf16(utf8);
    std::string hex;
    hex.reserve(4 * units.size());
    for (char16_t unit : units) appendHex(hex, unit);
    return hex;
}

}  // namespace wop::pdf
