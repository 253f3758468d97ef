// Who seals the documents (seal.h): a private key and its certificate, read
// once from PEM files, then shared by every thread that seals, which OpenSSL
// only reads them for. Signs as PAdES baseline B asks: a detached CMS
// SignedData with SHA-256 whose signed attributes are the content type, the
// message digest and the ESS signing-certificate-v2, and no signing time
// (the PDF gives it, in the signature's /M).
#pragma once

#include <cstddef>
#include <filesystem>
#include <initializer_list>
#include <string>
#include <string_view>

#include "pdf/openssl_ptr.h"

namespace wop::pdf {

class Signer {
public:
    // `keyFile`: a PEM private key, encrypted with `password` or not
    // encrypted at all (an empty password). `certificateFile`: PEM
    // certificates, the key's first, then any that lead from it to a root,
    // which the signatures carry too. Throws PdfError naming the file that
    // cannot be read, or both when the key is not the certificate's.
    Signer(const std::filesystem::path& keyFile, const std::filesystem::path& certificateFile,
           const std::string& password);

    // The CMS SignedData (DER) of content given in parts, read in order as
    // one. (No std::span: the fuzz build compiles the files that use qpdf,
    // this header's among them, as C++17.)
    std::string sign(std::initializer_list<std::string_view> content) const;

    // No signature from sign() is longer: what a PDF sets aside for one.
    std::size_t maxSignatureSize() const { return maxSignatureSize_; }

private:
    KeyPtr key_;
    CertificatePtr certificate_;
    CertificatesPtr chain_;
    std::size_t maxSignatureSize_ = 0;
};

}  // namespace wop::pdf
