// Bytes as hex digits and back: the SHA-256 digests the store records, the
// portal's tokens and salts, the codes and text of PDF strings.
#pragma once

#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace wop::base {

// Two lowercase digits a byte, the high half first.
void appendHex(std::string& out, std::span<const unsigned char> bytes);
std::string toHex(std::span<const unsigned char> bytes);

// The bytes an even number of hex digits (of either case) stand for;
// nothing for any other text.
std::optional<std::vector<unsigned char>> fromHex(std::string_view hex);

}  // namespace wop::base
