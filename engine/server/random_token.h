// Secrets from OpenSSL's random generator: salts, session ids, CSRF tokens.
#pragma once

#include <cstddef>
#include <string>
#include <vector>

namespace wop::server {

// Throws std::runtime_error when the generator cannot give them.
std::vector<unsigned char> randomBytes(std::size_t count);
// 32 random bytes (256 bits) as 64 hex digits.
std::string randomToken();

}  // namespace wop::server
