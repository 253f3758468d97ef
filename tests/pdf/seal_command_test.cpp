// The seal as a user sets it up: sign.key and sign.cert in the settings
// file, and the real `wopdocs generate` and `batch` run on the samples.
#include <gtest/gtest.h>

#include "seal_support.h"

namespace wop {
namespace {

namespace fs = std::filesystem;
using test::SigningCredentials;

test::CommandResult wopdocs(const std::string& arguments) {
    return test::run(test::shellQuote(test::wopdocsBinary()) + " " + arguments);
}

// A settings file in `dir` holding `lines`; the --config option naming it.
std::string settingsFile(const test::ScratchDir& dir, const std::string& lines) {
    test::writeFile(dir / "wopdocs.properties", lines);
    return "--config " + test::shellQuote((dir / "wopdocs.properties").string());
}

std::string sealSettings(const fs::path& key, const fs::path& certificate, const std::string& password = "") {
    return "sign.key = " + key.string() + "\nsign.cert = " + certificate.string() +
           (password.empty() ? "" : "\nsign.key-password = " + password) + "\n";
}

const fs::path lahore = test::sourceDir() / "samples" / "lahore-faisalabad-nrw.json";

// The letter of intent (final), the performance assessment (a draft in
// the sample) and the road map (never a draft), in English and in Urdu:
// once with the seal set, once with a settings file that names none.
class GeneratedWithSeal : public ::testing::Test {
protected:
    static void SetUpTestSuite() {
        dir_ = new test::ScratchDir("seal-generate");
        const std::string documents = test::shellQuote(lahore.string()) +
                                      " --doc letter-of-intent --doc performance-assessment --doc roadmap --out ";
        const SigningCredentials& credentials = SigningCredentials::get();
        sealed_ = new test::CommandResult(
            wopdocs("generate " + documents + test::shellQuote((dir_->path() / "sealed").string()) + " " +
                    settingsFile(*dir_, sealSettings(credentials.encryptedKey(), credentials.certificate(),
                                                     SigningCredentials::password))));
        test::ScratchDir plainSettings("seal-generate-plain");
        plain_ = new test::CommandResult(wopdocs("generate " + documents +
                                                 test::shellQuote((dir_->path() / "plain").string()) + " " +
                                                 settingsFile(plainSettings, "urdu.digits = western\n")));
    }
    static void TearDownTestSuite() {
        delete sealed_;
        delete plain_;
        delete dir_;
    }
    void SetUp() override {
        ASSERT_EQ(sealed_->exitCode, 0) << sealed_->output;
        ASSERT_EQ(plain_->exitCode, 0) << plain_->output;
    }
    static fs::path sealed(const std::string& file) { return dir_->path() / "sealed" / file; }
    static fs::path plain(const std::string& file) { return dir_->path() / "plain" / file; }

    static inline test::ScratchDir* dir_ = nullptr;
    static inline test::CommandResult* sealed_ = nullptr;
    static inline test::CommandResult* plain_ = nullptr;
};

const char* const finalDocuments[] = {"lahore-faisalabad-nrw/letter-of-intent.en.pdf",
                                      "lahore-faisalabad-nrw/letter-of-intent.ur.pdf", "program/roadmap.en.pdf",
                                      "program/roadmap.ur.pdf"};
const char* const drafts[] = {"lahore-faisalabad-nrw/performance-assessment.en.pdf",
                              "lahore-faisalabad-nrw/performance-assessment.ur.pdf"};

// Sealed, their signatories' empty fields kept.
TEST_F(GeneratedWithSeal, FinalDocumentsAreSealed) {
    for (const char* file : finalDocuments) {
        const std::string report = test::pdfsig(sealed(file));
        EXPECT_NE(report.find(test::validSignature), std::string::npos) << file << ":\n" << report;
        std::vector<std::string> fields = test::signatureFields(test::pdfsig(plain(file)));
        fields.push_back("pwon-seal");
        EXPECT_EQ(test::signatureFields(report), fields) << file;
        EXPECT_NE(report.find(std::string("Signer Certificate Common Name: ") + SigningCredentials::signerName),
                  std::string::npos)
            << file << ":\n" << report;
        const auto check = test::run("qpdf --check " + test::shellQuote(sealed(file).string()));
        EXPECT_EQ(check.exitCode, 0) << file << ":\n" << check.output;
    }
}

TEST_F(GeneratedWithSeal, DraftsAreNotSealed) {
    for (const char* file : drafts) {
        EXPECT_EQ(test::pdfsig(sealed(file)).find(test::anySignature), std::string::npos) << file;
        EXPECT_EQ(test::readFile(sealed(file)), test::readFile(plain(file))) << file;
    }
}

// Without sign.key and sign.cert nothing is signed, and sealing changes
// nothing of the file it seals: the sealed one begins with the plain one.
TEST_F(GeneratedWithSeal, WithoutTheSettingsNothingIsSealedAndTheSealOnlyAppends) {
    for (const char* file : finalDocuments) {
        EXPECT_EQ(test::pdfsig(plain(file)).find(test::anySignature), std::string::npos) << file;
        const std::string unsealed = test::readFile(plain(file));
        EXPECT_EQ(test::readFile(sealed(file)).substr(0, unsealed.size()), unsealed) << file;
    }
}

TEST(SealSettings, AWrongPasswordStopsGenerateBeforeItMakesAnything) {
    test::ScratchDir dir("seal-wrong-password");
    const SigningCredentials& credentials = SigningCredentials::get();
    const auto result = wopdocs(
        "generate " + test::shellQuote(lahore.string()) + " --out " + test::shellQuote((dir / "out").string()) + " " +
        settingsFile(dir, sealSettings(credentials.encryptedKey(), credentials.certificate(), "not the password")));
    EXPECT_EQ(result.exitCode, 2) << result.output;
    EXPECT_NE(result.output.find(credentials.encryptedKey().string() + ": the password given is not the key's"),
              std::string::npos)
        << result.output;
    EXPECT_FALSE(fs::exists(dir / "out"));
}

// `wopdocs batch` on a store in `dir` holding the Lahore sample, sealing
// with `key` and the test's certificate.
test::CommandResult batchWithSeal(const test::ScratchDir& dir, const fs::path& key) {
    const std::string dataDir = " --data-dir " + test::shellQuote((dir / "data").string());
    const auto imported = wopdocs("import " + test::shellQuote(lahore.string()) + dataDir);
    if (imported.exitCode != 0) return imported;
    return wopdocs("batch" + dataDir + " " +
                   settingsFile(dir, sealSettings(key, SigningCredentials::get().certificate())));
}

TEST(SealSettings, AKeyNotTheCertificatesStopsBatchBeforeItMakesAnything) {
    test::ScratchDir dir("seal-other-key");
    const SigningCredentials& credentials = SigningCredentials::get();
    const auto result = batchWithSeal(dir, credentials.otherKey());
    EXPECT_EQ(result.exitCode, 2) << result.output;
    EXPECT_NE(result.output.find(credentials.otherKey().string() + ": not the key of the certificate in " +
                                 credentials.certificate().string()),
              std::string::npos)
        << result.output;
    EXPECT_FALSE(fs::exists(dir / "data" / "documents"));
}

TEST(SealSettings, BatchSealsTheFinalDocumentsItMakes) {
    test::ScratchDir dir("seal-batch");
    const auto result = batchWithSeal(dir, SigningCredentials::get().key());
    ASSERT_EQ(result.exitCode, 0) << result.output;
    const fs::path documents = dir / "data" / "documents";
    const std::string finalReport = test::pdfsig(documents / "lahore-faisalabad-nrw" / "letter-of-intent.en.v1.pdf");
    EXPECT_NE(finalReport.find(test::validSignature), std::string::npos) << finalReport;
    EXPECT_EQ(test::pdfsig(documents / "lahore-faisalabad-nrw" / "performance-assessment.en.v1.pdf").find(test::anySignature),
              std::string::npos);
}

}  // namespace
}  // namespace wop
