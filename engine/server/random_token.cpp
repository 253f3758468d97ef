#include "server/random_token.h"

#include <stdexcept>

#include <openssl/rand.h>

#include "base/hex.h"

namespace wop::server {

std::vector<unsigned char> randomBytes(std::size_t count) {
    std::vector<unsigned char> bytes(count);
    if (RAND_bytes(bytes.data(), static_cast<int>(count)) != 1)
        throw std::runtime_error("no random bytes from OpenSSL");
    return bytes;
}

std::string randomToken() {
    return base::toHex(randomBytes(32));
}

}  // namespace wop::server
