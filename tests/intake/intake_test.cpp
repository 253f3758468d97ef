// Signed copies back, on the sample documents a real batch made: a copy
// signed here by a signatory with a second throwaway key, a scan of the
// signed paper (Ghostscript's image-only PDF of the version), and files
// that are refused, after which the store holds nothing of them.
#include <gtest/gtest.h>

#include "intake/intake.h"
#include "pdf/signature_inspection.h"
#include "sample_store.h"
#include "seal_support.h"
#include "base/sha256.h"

namespace wop {
namespace {

using test::SigningCredentials;

const store::DocumentKey letter{"lahore-faisalabad-nrw", "letter-of-intent", model::Lang::En};

class Intake : public ::testing::Test {
protected:
    store::DocumentRecord finalVersionOf(const store::DocumentKey& key) {
        const store::VersionIndex index = store_.registry().index();
        for (auto it = index.versions(key).rbegin(); it != index.versions(key).rend(); ++it)
            if (it->status == model::Status::Final) return *it;
        ADD_FAILURE() << "no final version of " << key.str();
        return {};
    }
    std::string bytesOf(const store::DocumentRecord& record) { return test::readFile(sample_.dataDir() / record.path); }

    // The version signed by the signatory in its first empty field.
    std::string signedCopy(const std::string& version) {
        const auto fields = pdf::inspectSignatures(version);
        EXPECT_FALSE(fields.emptyFields.empty()) << "the final version has fields to sign";
        return test::signField(version, fields.emptyFields.at(0), test::signatorySigner());
    }

    // The version printed, signed on paper and scanned: its pages as images.
    std::string scanOf(const std::string& version) {
        test::writeFile(scratch_ / "version.pdf", version);
        const auto scanned = test::run("gs -q -sDEVICE=pdfimage24 -r100 -o " + test::shellQuote((scratch_ / "scan.pdf").string()) +
                                       " " + test::shellQuote((scratch_ / "version.pdf").string()));
        EXPECT_EQ(scanned.exitCode, 0) << scanned.output;
        return test::readFile(scratch_ / "scan.pdf");
    }

    store::SignedCopy receive(const std::string& bytes, std::optional<intake::NamedVersion> named = std::nullopt,
                              const std::string& allowed = letter.partnership) {
        intake::Upload upload{bytes, "rabia", std::move(named), [allowed](const std::string& p) { return p == allowed; }};
        return intake::receiveSignedCopy(store_, upload, limits_);
    }

    // Refused with a message that says `why`, and nothing kept: no row, no file.
    void expectRefused(const std::string& bytes, const std::string& why,
                       std::optional<intake::NamedVersion> named = std::nullopt) {
        const std::size_t before = store_.signedCopies().all().size();
        try {
            receive(bytes, std::move(named));
            ADD_FAILURE() << "accepted, not refused for: " << why;
        } catch (const intake::UploadRefused& e) {
            EXPECT_NE(std::string(e.what()).find(why), std::string::npos) << e.what();
        }
        EXPECT_EQ(store_.signedCopies().all().size(), before);
        EXPECT_FALSE(store_.signedCopies().findBySha256(base::sha256(bytes)));
        EXPECT_EQ(signedFiles(), before);
    }

    std::size_t signedFiles() const {
        const auto folder = sample_.dataDir() / "signed";
        return std::filesystem::exists(folder) ? test::filesEndingWith(folder, ".pdf").size() : 0;
    }

    test::SampleStore sample_;
    store::Store store_{{sample_.dataDir(), ""}};
    intake::IntakeLimits limits_;
    test::ScratchDir scratch_{"intake"};
};

TEST_F(Intake, ADigitallySignedCopyIsMatchedToItsVersionAndKept) {
    const store::DocumentRecord version = finalVersionOf(letter);
    const std::string original = bytesOf(version);
    const std::string copy = signedCopy(original);
    const std::size_t fields = pdf::inspectSignatures(original).emptyFields.size();

    const store::SignedCopy received = receive(copy);
    EXPECT_EQ(received.key, letter);
    EXPECT_EQ(received.version, version.version);
    EXPECT_EQ(received.kind, store::CopyKind::Digital);
    EXPECT_EQ(received.state(), "signed by 1 of " + std::to_string(fields));
    ASSERT_EQ(received.signatures.size(), 1u);
    EXPECT_EQ(received.signatures[0].signer, SigningCredentials::signatoryName);
    EXPECT_TRUE(received.signatures[0].digestMatches);
    EXPECT_EQ(received.uploadedBy, "rabia");

    const auto kept = store_.signedCopies().findBySha256(base::sha256(copy));
    ASSERT_TRUE(kept);
    EXPECT_EQ(kept->state(), received.state());
    EXPECT_EQ(test::readFile(sample_.dataDir() / kept->path), copy);
    EXPECT_EQ(store::signedCopiesState(store_.signedCopies().ofVersion(letter, version.version)), received.state());

    // A second signatory signs the copy the first signed: another copy, of the same version.
    const std::string twice = test::signField(copy, pdf::inspectSignatures(copy).emptyFields.at(0), test::sealSigner());
    const store::SignedCopy second = receive(twice);
    EXPECT_EQ(second.version, version.version);
    EXPECT_EQ(second.state(), "signed by 2 of " + std::to_string(fields));
    EXPECT_EQ(store::signedCopiesState(store_.signedCopies().ofVersion(letter, version.version)), second.state());
}

TEST_F(Intake, AScannedCopyIsKeptForTheVersionItsUploaderNames) {
    const store::DocumentRecord version = finalVersionOf(letter);
    const std::string scan = scanOf(bytesOf(version));
    expectRefused(scan, "needs the document it is a copy of");

    const store::SignedCopy received = receive(scan, intake::NamedVersion{letter, std::nullopt});
    EXPECT_EQ(received.kind, store::CopyKind::Scanned);
    EXPECT_EQ(received.version, version.version) << "the latest final version";
    EXPECT_TRUE(received.signatures.empty());
    EXPECT_EQ(received.state(), "scanned copy");
    EXPECT_EQ(test::readFile(sample_.dataDir() / received.path), scan);
}

TEST_F(Intake, WhatIsNotAWholePdfWithinTheLimitIsRefused) {
    const std::string copy = signedCopy(bytesOf(finalVersionOf(letter)));
    expectRefused("", "empty");
    expectRefused("Dear Sir, please find the letter signed. %%EOF\n", "not a PDF");
    expectRefused(copy.substr(0, copy.size() - 100), "not whole");
    expectRefused("%PDF-1.7\nnothing a PDF has\n%%EOF\n", "cannot be read");
    limits_.maxBytes = copy.size() - 1;
    expectRefused(copy, "larger than");
    limits_.maxBytes = 2 * 1024 * 1024;
    EXPECT_EQ(limits_.maxSize(), "2 MB");
}

TEST_F(Intake, ACopyOfAnotherPartnershipsDocumentIsRefused) {
    const store::DocumentKey theirs{"rawalpindi-multan-billing", "letter-of-intent", model::Lang::En};
    const store::DocumentRecord version = finalVersionOf(theirs);
    expectRefused(signedCopy(bytesOf(version)), "another partnership");
    expectRefused(scanOf(bytesOf(version)), "another partnership", intake::NamedVersion{theirs, version.version});
}

TEST_F(Intake, ADigitalCopyOfNoRegisteredVersionIsRefused) {
    const std::string ours = test::signableLetter(nullptr);  // made alike, but never registered
    expectRefused(test::signField(ours, "mentee-director", test::signatorySigner()), "not over any version",
                  intake::NamedVersion{letter, std::nullopt});
}

TEST_F(Intake, TheVersionAsMadeAndAFileFiledAlreadyAreRefused) {
    const store::DocumentRecord version = finalVersionOf(letter);
    expectRefused(bytesOf(version), "nothing is signed in it");
    const std::string copy = signedCopy(bytesOf(version));
    receive(copy);
    try {
        receive(copy);
        ADD_FAILURE() << "filed twice";
    } catch (const intake::UploadRefused& e) {
        EXPECT_NE(std::string(e.what()).find("filed already"), std::string::npos) << e.what();
    }
    EXPECT_EQ(store_.signedCopies().all().size(), 1u);
}

TEST_F(Intake, ADigitalCopyMustBeOfTheVersionNamed) {
    const std::string copy = signedCopy(bytesOf(finalVersionOf(letter)));
    expectRefused(copy, "not of", intake::NamedVersion{{letter.partnership, letter.document, model::Lang::Ur}, std::nullopt});
    expectRefused(scanOf(bytesOf(finalVersionOf(letter))), "there is no version 99",
                  intake::NamedVersion{letter, 99});
}

}  // namespace
}  // namespace wop
