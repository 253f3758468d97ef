// What the tests of signatures share: a throwaway certificate authority,
// the seal's signer and a signatory it certified, made with the `openssl`
// command in a scratch folder (once per test program, gone when it ends), a
// document to seal, a signatory's signature in a field of a document, and
// what pdfsig says.
#pragma once

#include <filesystem>
#include <string>
#include <vector>

#include "pdf/signer.h"
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

    // A signatory of the documents, a second key the authority certified:
    // the mentee's director signing their copy.
    static constexpr const char* signatoryName = "Ayesha Siddiqui (test)";
    std::filesystem::path signatoryKey() const { return dir_ / "signatory.key"; }
    std::filesystem::path signatoryCertificate() const { return dir_ / "signatory.pem"; }

private:
    SigningCredentials();
    ScratchDir dir_;
};

// A one-page letter as makePdf finishes it, unsealed.
std::string finishedPdf();

// A final letter with the signature fields of three signatories
// (mentee-director, mentor-director, pwon-coordinator), sealed by `seal`
// when one is given.
std::string signableLetter(const pdf::Signer* seal);

// The seal's signer and the signatory's, made once.
const pdf::Signer& sealSigner();
const pdf::Signer& signatorySigner();

// `pdf` signed by `signer` in its empty signature field `field`, as a
// signatory's reader signs: an approval signature (adbe.pkcs7.detached) in
// an incremental update. Throws std::runtime_error when there is no such field.
std::string signField(const std::string& pdf, const std::string& field, const pdf::Signer& signer);

// pdfsig's report of the signatures in `pdf`.
std::string pdfsig(const std::filesystem::path& pdf);

// What pdfsig says of a signature that holds; and of every signed field,
// and of no empty one.
inline constexpr const char* validSignature = "Signature Validation: Signature is Valid.";
inline constexpr const char* anySignature = "Signature Validation:";

// The names of the signature fields pdfsig lists, signed or not, in its order.
std::vector<std::string> signatureFields(const std::string& report);

}  // namespace wop::test
