// What the seal's tests share: a throwaway certificate authority and a
// signer it certified, made with the `openssl` command in a scratch folder
// (once per test program, gone when it ends).
#pragma once

#include <filesystem>
#include <string>

#include "support.h"

namespace wop::test {

class SigningCredentials {
public:
    static const SigningCredentials& get();

    static constexpr const char* signerName = "PWON Secretariat (test)";
    static constexpr const char* password = "correct horse battery";

    // The signer's key, unencrypted and encrypted with `password`.
    std::filesystem::path key() const { return dir_ / "signer.key"; }
    std::filesystem::path encryptedKey() const { return dir_ / "signer-encrypted.key"; }
    // The signer's certificate; the same followed by the authority's.
    std::filesystem::path certificate() const { return dir_ / "signer.pem"; }
    std::filesystem::path chain() const { return dir_ / "chain.pem"; }
    // The authority's certificate, and its key: a key of another certificate.
    std::filesystem::path authority() const { return dir_ / "ca.pem"; }
    std::filesystem::path otherKey() const { return dir_ / "ca.key"; }

private:
    SigningCredentials();
    ScratchDir dir_;
};

}  // namespace wop::test
