// The seal's signer: reading its key and certificate, and the CMS it signs.
#include <gtest/gtest.h>

#include <set>

#include <openssl/cms.h>
#include <openssl/objects.h>

#include "pdf/openssl_ptr.h"
#include "pdf/signer.h"
#include "pdf/writer.h"
#include "seal_support.h"

namespace wop {
namespace {

using test::SigningCredentials;

// The message of the PdfError reading the signer throws; empty when none.
std::string signerError(const std::filesystem::path& key, const std::filesystem::path& certificate,
                        const std::string& password) {
    try {
        pdf::Signer(key, certificate, password);
    } catch (const pdf::PdfError& e) {
        return e.what();
    }
    return {};
}

pdf::CmsPtr decoded(const std::string& der) {
    const auto* bytes = reinterpret_cast<const unsigned char*>(der.data());
    return pdf::CmsPtr(d2i_CMS_ContentInfo(nullptr, &bytes, static_cast<long>(der.size())));
}

TEST(Signer, SignsWithThePadesBaselineAttributesAndNoSigningTime) {
    const SigningCredentials& credentials = SigningCredentials::get();
    const pdf::Signer signer(credentials.key(), credentials.certificate(), "");
    const pdf::CmsPtr cms = decoded(signer.sign({"%PDF-1.5 before", " after"}));
    ASSERT_TRUE(cms);
    EXPECT_EQ(CMS_is_detached(cms.get()), 1);
    CMS_SignerInfo* signerInfo = sk_CMS_SignerInfo_value(CMS_get0_SignerInfos(cms.get()), 0);
    ASSERT_NE(signerInfo, nullptr);
    X509_ALGOR* digest = nullptr;
    CMS_SignerInfo_get0_algs(signerInfo, nullptr, nullptr, &digest, nullptr);
    const ASN1_OBJECT* digestAlgorithm = nullptr;
    X509_ALGOR_get0(&digestAlgorithm, nullptr, nullptr, digest);
    EXPECT_EQ(OBJ_obj2nid(digestAlgorithm), NID_sha256);

    std::set<int> attributes;
    for (int i = 0; i < CMS_signed_get_attr_count(signerInfo); ++i)
        attributes.insert(OBJ_obj2nid(X509_ATTRIBUTE_get0_object(CMS_signed_get_attr(signerInfo, i))));
    EXPECT_EQ(attributes, (std::set<int>{NID_pkcs9_contentType, NID_pkcs9_messageDigest,
                                         NID_id_smime_aa_signingCertificateV2}));
}

TEST(Signer, NoSignatureIsLongerThanTheRoomItSetsAside) {
    const SigningCredentials& credentials = SigningCredentials::get();
    const pdf::Signer alone(credentials.key(), credentials.certificate(), "");
    const pdf::Signer withChain(credentials.key(), credentials.chain(), "");
    EXPECT_LE(alone.sign({"a document"}).size(), alone.maxSignatureSize());
    EXPECT_LE(withChain.sign({"a document"}).size(), withChain.maxSignatureSize());
    EXPECT_GT(withChain.maxSignatureSize(), alone.maxSignatureSize() + 500) << "room for the authority's certificate";
}

TEST(Signer, ReadsAnEncryptedKeyWithItsPassword) {
    const SigningCredentials& credentials = SigningCredentials::get();
    EXPECT_EQ(signerError(credentials.encryptedKey(), credentials.certificate(), SigningCredentials::password), "");
}

TEST(Signer, AWrongPasswordOrNoneNamesTheKeyFileAndSaysWhich) {
    const SigningCredentials& credentials = SigningCredentials::get();
    for (const auto& [password, why] : {std::pair{"wrong", "the password given is not the key's"},
                                        std::pair{"", "the key is encrypted and no password is given"}}) {
        const std::string error = signerError(credentials.encryptedKey(), credentials.certificate(), password);
        EXPECT_NE(error.find(credentials.encryptedKey().string() + ": " + why), std::string::npos) << error;
    }
}

TEST(Signer, AKeyOfAnotherCertificateNamesBothFiles) {
    const SigningCredentials& credentials = SigningCredentials::get();
    EXPECT_EQ(signerError(credentials.otherKey(), credentials.certificate(), ""),
              credentials.otherKey().string() + ": not the key of the certificate in " +
                  credentials.certificate().string());
}

TEST(Signer, FilesThatAreNotWhatTheySayAreNamed) {
    const SigningCredentials& credentials = SigningCredentials::get();
    const std::filesystem::path missing = credentials.key().parent_path() / "no-such.key";
    EXPECT_EQ(signerError(missing, credentials.certificate(), ""), missing.string() + ": cannot read: No such file or directory");
    EXPECT_NE(signerError(credentials.certificate(), credentials.certificate(), "")
                  .find(credentials.certificate().string() + ": not a PEM private key"),
              std::string::npos);
    EXPECT_EQ(signerError(credentials.key(), credentials.key(), ""),
              credentials.key().string() + ": no PEM certificate in it");
}

}  // namespace
}  // namespace wop
