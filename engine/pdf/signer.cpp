#include "pdf/signer.h"

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <fstream>
#include <iterator>
#include <vector>

#include <openssl/err.h>
#include <openssl/pem.h>
#include <openssl/pkcs7.h>

#include "pdf/writer.h"

namespace wop::pdf {
namespace {

// The reason OpenSSL gave last, its queue emptied for the next call.
std::string openSslReason() {
    const char* reason = ERR_reason_error_string(ERR_peek_last_error());
    ERR_clear_error();
    return reason ? reason : "no reason given";
}

void check(bool succeeded, const std::string& what) {
    if (!succeeded) throw PdfError("cannot " + what + ": " + openSslReason());
}

std::string readPem(const std::filesystem::path& path) {
    std::ifstream in(path, std::ios::binary);
    if (!in) throw PdfError(path.string() + ": cannot read: " + std::strerror(errno));
    return std::string(std::istreambuf_iterator<char>(in), {});
}

// OpenSSL asks for the password of an encrypted key through a callback;
// this one answers with the configured password, never with a prompt on the
// terminal, and notes that it was asked, for the error to say why.
struct PasswordRequest {
    const std::string& password;
    bool asked = false;
};

int givePassword(char* buffer, int size, int, void* data) {
    auto& request = *static_cast<PasswordRequest*>(data);
    request.asked = true;
    const std::string& password = request.password;
    if (password.empty() || password.size() > static_cast<std::size_t>(size)) return -1;
    std::copy(password.begin(), password.end(), buffer);
    return static_cast<int>(password.size());
}

KeyPtr readKey(const std::filesystem::path& path, const std::string& password) {
    const std::string pem = readPem(path);
    BioPtr in(BIO_new_mem_buf(pem.data(), static_cast<int>(pem.size())));
    PasswordRequest request{password};
    KeyPtr key(in ? PEM_read_bio_PrivateKey(in.get(), nullptr, givePassword, &request) : nullptr);
    if (!key) {
        const std::string why = !request.asked        ? "not a PEM private key"
                                : password.empty()    ? "the key is encrypted and no password is given"
                                                      : "the password given is not the key's";
        throw PdfError(path.string() + ": " + why + " (" + openSslReason() + ")");
    }
    return key;
}

// Every certificate of the file, in its order.
CertificatesPtr readCertificates(const std::filesystem::path& path) {
    const std::string pem = readPem(path);
    BioPtr in(BIO_new_mem_buf(pem.data(), static_cast<int>(pem.size())));
    CertificatesPtr certificates(sk_X509_new_null());
    check(in && certificates, "read " + path.string());
    while (X509* certificate = PEM_read_bio_X509(in.get(), nullptr, nullptr, nullptr))
        if (!sk_X509_push(certificates.get(), certificate)) {
            X509_free(certificate);
            check(false, "read " + path.string());
        }
    // The loop ends at the end of the file, where OpenSSL finds no more
    // certificates to start, or at one it cannot read.
    const unsigned long last = ERR_peek_last_error();
    if (ERR_GET_LIB(last) == ERR_LIB_PEM && ERR_GET_REASON(last) == PEM_R_NO_START_LINE) ERR_clear_error();
    if (ERR_peek_last_error()) throw PdfError(path.string() + ": a certificate cannot be read (" + openSslReason() + ")");
    if (sk_X509_num(certificates.get()) == 0) throw PdfError(path.string() + ": no PEM certificate in it");
    return certificates;
}

using Bytes = std::vector<unsigned char>;

// The SHA-256 of content given in parts, read in order as one.
Bytes sha256Of(std::initializer_list<std::string_view> content) {
    Bytes digest(EVP_MAX_MD_SIZE);
    unsigned int size = 0;
    const DigestContextPtr hashing(EVP_MD_CTX_new());
    check(hashing && EVP_DigestInit_ex(hashing.get(), EVP_sha256(), nullptr) == 1, "hash the document");
    for (std::string_view part : content)
        check(EVP_DigestUpdate(hashing.get(), part.data(), part.size()) == 1, "hash the document");
    check(EVP_DigestFinal_ex(hashing.get(), digest.data(), &size) == 1, "hash the document");
    digest.resize(size);
    return digest;
}

// The signer info's signed attributes as they are signed (RFC 5652, 5.4):
// the DER of a SET OF them, which sorts them. The list only points to them.
Bytes signedAttributes(CMS_SignerInfo* signerInfo) {
    const AttributeListPtr attributes(sk_X509_ATTRIBUTE_new_null());
    check(attributes != nullptr, "list the signed attributes");
    for (int i = 0; i < CMS_signed_get_attr_count(signerInfo); ++i)
        check(sk_X509_ATTRIBUTE_push(attributes.get(), CMS_signed_get_attr(signerInfo, i)) > 0,
              "list the signed attributes");
    unsigned char* der = nullptr;
    const int size =
        ASN1_item_i2d(reinterpret_cast<ASN1_VALUE*>(attributes.get()), &der, ASN1_ITEM_rptr(PKCS7_ATTR_SIGN));
    const BytesPtr owned(der);
    check(size > 0, "encode the signed attributes");
    return Bytes(der, der + size);
}

// `key`'s signature of the SHA-256 of `bytes`.
Bytes signatureOf(EVP_PKEY* key, const Bytes& bytes) {
    const DigestContextPtr signing(EVP_MD_CTX_new());
    std::size_t size = 0;
    check(signing && EVP_DigestSignInit(signing.get(), nullptr, EVP_sha256(), nullptr, key) == 1 &&
              EVP_DigestSign(signing.get(), nullptr, &size, bytes.data(), bytes.size()) == 1,
          "sign");
    Bytes signature(size);
    check(EVP_DigestSign(signing.get(), signature.data(), &size, bytes.data(), bytes.size()) == 1, "sign");
    signature.resize(size);
    return signature;
}

// The DER of `cms`.
std::string encode(CMS_ContentInfo* cms) {
    unsigned char* der = nullptr;
    const int size = i2d_CMS_ContentInfo(cms, &der);
    const BytesPtr owned(der);
    check(size > 0, "encode the signature");
    return std::string(reinterpret_cast<const char*>(der), static_cast<std::size_t>(size));
}

// What a signature may be longer than the one signed to measure it: an
// ECDSA signature's DER varies by a few bytes from one to the next (an RSA
// one not at all), and a length field may grow by one with it.
constexpr std::size_t signatureSlack = 64;

}  // namespace

Signer::Signer(const std::filesystem::path& keyFile, const std::filesystem::path& certificateFile,
               const std::string& password)
    : key_(readKey(keyFile, password)), chain_(readCertificates(certificateFile)) {
    certificate_.reset(sk_X509_shift(chain_.get()));
    if (X509_check_private_key(certificate_.get(), key_.get()) != 1) {
        ERR_clear_error();
        throw PdfError(keyFile.string() + ": not the key of the certificate in " + certificateFile.string());
    }
    // OpenSSL caches what it reads of a certificate's extensions the first
    // time it looks (as signing does): done here, before threads share it.
    X509_check_purpose(certificate_.get(), -1, 0);
    maxSignatureSize_ = sign({}).size() + signatureSlack;
}

// OpenSSL's CMS_final and CMS_SignerInfo_sign add a signing-time attribute
// to every signature, and PAdES wants none: the signer info is made
// partial, given its content-type and message-digest attributes here, and
// signed as CMS_SignerInfo_sign would, over its signed attributes.
std::string Signer::sign(std::initializer_list<std::string_view> content) const {
    const CmsPtr cms(CMS_sign(nullptr, nullptr, chain_.get(), nullptr, CMS_DETACHED | CMS_BINARY | CMS_PARTIAL));
    check(cms != nullptr, "start a signature");
    // CMS_CADES adds the ESS signing-certificate-v2 attribute, with the
    // certificate's SHA-256.
    CMS_SignerInfo* signerInfo = CMS_add1_signer(cms.get(), certificate_.get(), key_.get(), EVP_sha256(),
                                                 CMS_BINARY | CMS_PARTIAL | CMS_NOSMIMECAP | CMS_CADES);
    check(signerInfo != nullptr, "add the signer");
    const Bytes digest = sha256Of(content);
    check(CMS_signed_add1_attr_by_NID(signerInfo, NID_pkcs9_contentType, V_ASN1_OBJECT, OBJ_nid2obj(NID_pkcs7_data),
                                      -1) == 1 &&
              CMS_signed_add1_attr_by_NID(signerInfo, NID_pkcs9_messageDigest, V_ASN1_OCTET_STRING, digest.data(),
                                          static_cast<int>(digest.size())) == 1,
          "add the signed attributes");
    const Bytes signature = signatureOf(key_.get(), signedAttributes(signerInfo));
    check(ASN1_STRING_set(CMS_SignerInfo_get0_signature(signerInfo), signature.data(),
                          static_cast<int>(signature.size())) == 1,
          "sign");
    return encode(cms.get());
}

}  // namespace wop::pdf
