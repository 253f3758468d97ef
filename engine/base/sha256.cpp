#include "base/sha256.h"

#include <fstream>
#include <span>
#include <stdexcept>

#include <openssl/evp.h>

#include "base/hex.h"

namespace wop::base {

namespace {

// OpenSSL's SHA-256 uses the processor's SHA instructions where it has
// them: hashing every PDF a batch makes costs next to nothing then, where
// Poco's portable one took a fifteenth of the batch.
class Sha256 {
public:
    Sha256() : context_(EVP_MD_CTX_new()) {
        if (!context_ || EVP_DigestInit_ex(context_, EVP_sha256(), nullptr) != 1)
            throw std::runtime_error("SHA-256 is not available from OpenSSL");
    }
    ~Sha256() { EVP_MD_CTX_free(context_); }
    Sha256(const Sha256&) = delete;
    Sha256& operator=(const Sha256&) = delete;

    void update(const void* bytes, std::size_t size) { EVP_DigestUpdate(context_, bytes, size); }

    std::string hex() { return finalHex(context_); }

    // The digest of what was hashed so far, the hashing going on after it.
    std::string hexSoFar() const {
        EVP_MD_CTX* copy = EVP_MD_CTX_new();
        if (!copy || EVP_MD_CTX_copy_ex(copy, context_) != 1) {
            EVP_MD_CTX_free(copy);
            throw std::runtime_error("SHA-256 is not available from OpenSSL");
        }
        std::string digest = finalHex(copy);
        EVP_MD_CTX_free(copy);
        return digest;
    }

private:
    static std::string finalHex(EVP_MD_CTX* context) {
        unsigned char digest[EVP_MAX_MD_SIZE];
        unsigned int size = 0;
        EVP_DigestFinal_ex(context, digest, &size);
        return base::toHex(std::span(digest, size));
    }

    EVP_MD_CTX* context_;
};

void addFile(Sha256& engine, const std::filesystem::path& path) {
    std::ifstream in(path, std::ios::binary);
    if (!in) throw std::runtime_error("cannot read " + path.string());
    char buffer[1 << 16];
    while (in.read(buffer, sizeof buffer) || in.gcount() > 0) engine.update(buffer, static_cast<std::size_t>(in.gcount()));
    if (in.bad()) throw std::runtime_error("cannot read " + path.string());
}

}  // namespace

std::string sha256(std::string_view bytes) {
    Sha256 engine;
    engine.update(bytes.data(), bytes.size());
    return engine.hex();
}

std::string sha256OfFile(const std::filesystem::path& path) {
    Sha256 engine;
    addFile(engine, path);
    return engine.hex();
}

std::string sha256OfFiles(const std::map<std::filesystem::path, std::string>& files) {
    Sha256 engine;
    for (const auto& [path, content] : files) {
        // Each name and content is preceded by its length, so that no two
        // different sets of files feed the digest the same bytes.
        const std::string name = path.generic_string();
        const std::string header = std::to_string(name.size()) + ":" + name + ":" + std::to_string(content.size()) + ":";
        engine.update(header.data(), header.size());
        engine.update(content.data(), content.size());
    }
    return engine.hex();
}

std::vector<std::string> sha256OfPrefixes(std::string_view bytes, std::span<const std::size_t> lengths) {
    Sha256 engine;
    std::vector<std::string> digests;
    std::size_t hashed = 0;
    for (std::size_t length : lengths) {
        if (length < hashed || length > bytes.size())
            throw std::invalid_argument("sha256OfPrefixes: the lengths must grow and stay within the bytes");
        engine.update(bytes.data() + hashed, length - hashed);
        hashed = length;
        digests.push_back(engine.hexSoFar());
    }
    return digests;
}

}  // namespace wop::base
