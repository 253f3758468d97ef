#include "base/hex.h"

namespace wop::base {

namespace {

// -1 for a character that is no hex digit.
int digitValue(char c) {
    if (c >= '0' && c <= '9') return c - '0';
    if (c >= 'a' && c <= 'f') return c - 'a' + 10;
    if (c >= 'A' && c <= 'F') return c - 'A' + 10;
    return -1;
}

}  // namespace

void appendHex(std::string& out, std::span<const unsigned char> bytes) {
    static constexpr char digits[] = "0123456789abcdef";
    for (unsigned char byte : bytes) {
        out += digits[byte >> 4];
        out += digits[byte & 0xF];
    }
}

std::string toHex(std::span<const unsigned char> bytes) {
    std::string hex;
    hex.reserve(2 * bytes.size());
    appendHex(hex, bytes);
    return hex;
}

std::optional<std::vector<unsigned char>> fromHex(std::string_view hex) {
    if (hex.size() % 2 != 0) return std::nullopt;
    std::vector<unsigned char> bytes;
    bytes.reserve(hex.size() / 2);
    for (std::size_t i = 0; i < hex.size(); i += 2) {
        const int high = digitValue(hex[i]), low = digitValue(hex[i + 1]);
        if (high < 0 || low < 0) return std::nullopt;
        bytes.push_back(static_cast<unsigned char>(high << 4 | low));
    }
    return bytes;
}

}  // namespace wop::base
