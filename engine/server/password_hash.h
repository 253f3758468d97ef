// Passwords are kept only as salted hashes from a slow key derivation:
// PBKDF2-HMAC-SHA256, a 16-byte random salt per password, many iterations.
// The stored form names its parameters, so they can grow later while old
// hashes still verify:  pbkdf2-sha256$600000$<salt hex>$<hash hex>
#pragma once

#include <string>

namespace wop::server {

inline constexpr int passwordIterations = 600000;

// Throws std::runtime_error when the system has no randomness to give.
std::string hashPassword(const std::string& password);

// Compares in constant time; false for a stored form it does not know.
bool verifyPassword(const std::string& password, const std::string& stored);

// Takes as long as verifying a real password, for names that have none: a
// stranger cannot tell a wrong name from a wrong password by the time taken.
void verifyNothing(const std::string& password);

}  // namespace wop::server
