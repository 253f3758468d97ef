#include "server/password_hash.h"

#include <regex>
#include <stdexcept>
#include <vector>

#include <openssl/crypto.h>
#include <openssl/evp.h>

#include "base/hex.h"
#include "server/random_token.h"

namespace wop::server {

namespace {

constexpr const char* scheme = "pbkdf2-sha256";
constexpr int saltBytes = 16;
constexpr int hashBytes = 32;

std::vector<unsigned char> derive(const std::string& password, const std::vector<unsigned char>& salt, int iterations) {
    std::vector<unsigned char> hash(hashBytes);
    if (PKCS5_PBKDF2_HMAC(password.data(), static_cast<int>(password.size()), salt.data(), static_cast<int>(salt.size()),
                          iterations, EVP_sha256(), hashBytes, hash.data()) != 1)
        throw std::runtime_error("PBKDF2 failed");
    return hash;
}

}  // namespace

std::string hashPassword(const std::string& password) {
    const std::vector<unsigned char> salt = randomBytes(saltBytes);
    return std::string(scheme) + "$" + std::to_string(passwordIterations) + "$" + base::toHex(salt) + "$" +
           base::toHex(derive(password, salt, passwordIterations));
}

bool verifyPassword(const std::string& password, const std::string& stored) {
    static const std::regex form(R"(pbkdf2-sha256\$([1-9][0-9]{4,7})\$([0-9a-f]{32})\$([0-9a-f]{64}))");
    std::smatch match;
    if (!std::regex_match(stored, match, form)) return false;
    // The form holds only hex digits, of the lengths of the salt and hash.
    const std::vector<unsigned char> expected = *base::fromHex(match[3].str());
    const std::vector<unsigned char> actual = derive(password, *base::fromHex(match[2].str()), std::stoi(match[1]));
    return CRYPTO_memcmp(expected.data(), actual.data(), hashBytes) == 0;
}

void verifyNothing(const std::string& password) {
    static const std::string decoy = hashPassword("");
    verifyPassword(password, decoy);
}

}  // namespace wop::server
