#include "server/sign_in_tokens.h"

#include <cstdio>
#include <span>

#include <openssl/crypto.h>
#include <openssl/evp.h>
#include <openssl/hmac.h>

#include "base/hex.h"
#include "server/random_token.h"

namespace wop::server {

namespace {

constexpr std::size_t issuedDigits = 32;  // 16 of the time given, 16 of the random part

}  // namespace

SignInTokens::SignInTokens() : key_(randomBytes(32)) {}

std::string SignInTokens::mac(const std::string& issued) const {
    unsigned char digest[EVP_MAX_MD_SIZE];
    unsigned int length = 0;
    HMAC(EVP_sha256(), key_.data(), static_cast<int>(key_.size()), reinterpret_cast<const unsigned char*>(issued.data()),
         issued.size(), digest, &length);
    return base::toHex(std::span<const unsigned char>(digest, 16));
}

std::string SignInTokens::issue(std::time_t now) const {
    char time[17];
    std::snprintf(time, sizeof time, "%016llx", static_cast<unsigned long long>(now));
    const std::string issued = time + randomToken().substr(0, 16);
    return issued + mac(issued);
}

bool SignInTokens::isValid(const std::string& token, std::time_t now) const {
    if (token.size() != 2 * issuedDigits) return false;
    const std::string issued = token.substr(0, issuedDigits);
    const std::string expected = mac(issued);
    if (CRYPTO_memcmp(expected.data(), token.data() + issuedDigits, expected.size()) != 0) return false;
    const auto given = static_cast<std::time_t>(std::stoull(issued.substr(0, 16), nullptr, 16));
    return given <= now && now - given <= lifetimeSeconds;
}

}  // namespace wop::server
