// What the seal's tests share: a throwaway certificate authority and a
// signer it certified, made with the `openssl` command in a scratch folder
// (once per test program, gone when it ends), a document to seal, and what
// pdfsig says.
#pragma once

#include <filesystem>
#include <string>
#include <vector>

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

// A one-page letter as makePdf finishes it, unsealed.
std::string finishedPdf();

// pdfsig's report of the signatures in `pdf`.
std::string pdfsig(const std::filesystem::path& pdf);

// What pdfsig says of a signature that holds; and of every signed field,
// and of no empty one.
inline constexpr const char* validSignature = "Signature Validation: Signature is Valid.";
inline constexpr const char* anySignature = "Signature Validation:";

// The names of the signature fields pdfsig lists, signed or not, in its order.
std::vector<std::string> signatureFields(const std::string& report);

}  // namespace wop::test
