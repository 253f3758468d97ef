// OpenSSL's objects owned by unique_ptrs, each freed by its own function,
// whatever way the code that made it leaves.
#pragma once

#include <memory>

#include <openssl/bio.h>
#include <openssl/cms.h>
#include <openssl/crypto.h>
#include <openssl/evp.h>
#include <openssl/x509.h>

namespace wop::pdf {

template <auto release>
struct OpenSslRelease {
    template <typename T>
    void operator()(T* object) const noexcept {
        release(object);
    }
};

template <typename T, auto release>
using OpenSslPtr = std::unique_ptr<T, OpenSslRelease<release>>;

// OpenSSL's stack functions and OPENSSL_free are macros: these give them
// addresses. A stack of certificates owns them; a list of attributes only
// points to attributes a signer info owns.
inline void freeCertificates(STACK_OF(X509) * certificates) { sk_X509_pop_free(certificates, X509_free); }
inline void freeAttributeList(STACK_OF(X509_ATTRIBUTE) * attributes) { sk_X509_ATTRIBUTE_free(attributes); }
inline void freeBytes(unsigned char* bytes) { OPENSSL_free(bytes); }

using AttributeListPtr = OpenSslPtr<STACK_OF(X509_ATTRIBUTE), freeAttributeList>;
using BioPtr = OpenSslPtr<BIO, BIO_free_all>;
using BytesPtr = OpenSslPtr<unsigned char, freeBytes>;
using CertificatePtr = OpenSslPtr<X509, X509_free>;
using CertificatesPtr = OpenSslPtr<STACK_OF(X509), freeCertificates>;
using CmsPtr = OpenSslPtr<CMS_ContentInfo, CMS_ContentInfo_free>;
using DigestContextPtr = OpenSslPtr<EVP_MD_CTX, EVP_MD_CTX_free>;
using KeyPtr = OpenSslPtr<EVP_PKEY, EVP_PKEY_free>;

}  // namespace wop::pdf
