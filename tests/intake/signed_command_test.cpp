// `wopdocs signed add`, the real program on a copy of the sample data
// folder: what it says and its exit code for a signed copy, a scan, bad
// files and bad usage.
#include <gtest/gtest.h>

#include "pdf/signature_inspection.h"
#include "sample_store.h"
#include "seal_support.h"
#include "store/store.h"

namespace wop {
namespace {

class SignedCommand : public ::testing::Test {
protected:
    test::CommandResult signedAdd(const std::string& arguments) {
        return test::run(test::shellQuote(test::wopdocsBinary()) + " signed add " + arguments + " --data-dir " +
                         test::shellQuote(sample_.dataDir().string()) + " 2>&1");
    }
    std::filesystem::path written(const std::string& name, const std::string& bytes) {
        test::writeFile(scratch_ / name, bytes);
        return scratch_ / name;
    }
    std::string quoted(const std::string& name) const { return test::shellQuote((scratch_ / name).string()); }

    // The latest final English letter of intent of Lahore and Faisalabad.
    std::string letter() {
        store::Store store({sample_.dataDir(), ""});
        const store::VersionIndex index = store.registry().index();
        const auto& versions = index.versions({"lahore-faisalabad-nrw", "letter-of-intent", model::Lang::En});
        for (auto it = versions.rbegin(); it != versions.rend(); ++it)
            if (it->status == model::Status::Final) return test::readFile(sample_.dataDir() / it->path);
        ADD_FAILURE() << "no final letter of intent";
        return "";
    }

    std::size_t signedCopies() {
        store::Store store({sample_.dataDir(), ""});
        return store.signedCopies().all().size();
    }

    test::SampleStore sample_;
    test::ScratchDir scratch_{"signed-command"};
};

TEST_F(SignedCommand, FilesADigitallySignedCopyAndSaysWhoSigned) {
    const std::string original = letter();
    const std::string field = pdf::inspectSignatures(original).emptyFields.at(0);
    written("signed.pdf", test::signField(original, field, test::signatorySigner()));
    const auto result = signedAdd(quoted("signed.pdf"));
    EXPECT_EQ(result.exitCode, 0) << result.output;
    EXPECT_NE(result.output.find("signed copy of version "), std::string::npos) << result.output;
    EXPECT_NE(result.output.find("of lahore-faisalabad-nrw/letter-of-intent (en): signed by 1 of "), std::string::npos)
        << result.output;
    EXPECT_NE(result.output.find(field + ": " + test::SigningCredentials::signatoryName), std::string::npos) << result.output;
    EXPECT_NE(result.output.find("filed as "), std::string::npos) << result.output;
    EXPECT_EQ(signedCopies(), 1u);

    const auto again = signedAdd(quoted("signed.pdf"));
    EXPECT_EQ(again.exitCode, 1) << again.output;
    EXPECT_NE(again.output.find("refused: this file is filed already"), std::string::npos) << again.output;
}

TEST_F(SignedCommand, FilesAScanForTheDocumentNamed) {
    written("letter.pdf", letter());
    const auto scanned = test::run("gs -q -sDEVICE=pdfimage24 -r100 -o " + quoted("scan.pdf") + " " + quoted("letter.pdf"));
    ASSERT_EQ(scanned.exitCode, 0) << scanned.output;

    const auto unnamed = signedAdd(quoted("scan.pdf"));
    EXPECT_EQ(unnamed.exitCode, 1) << unnamed.output;
    EXPECT_NE(unnamed.output.find("refused: the file has no digital signature"), std::string::npos) << unnamed.output;
    EXPECT_EQ(signedCopies(), 0u);

    const auto named = signedAdd(quoted("scan.pdf") + " --document lahore-faisalabad-nrw/letter-of-intent --lang en");
    EXPECT_EQ(named.exitCode, 0) << named.output;
    EXPECT_NE(named.output.find("scanned copy of version "), std::string::npos) << named.output;
    EXPECT_EQ(signedCopies(), 1u);
}

TEST_F(SignedCommand, RefusesBadFilesWithTheirReasonAndKeepsNothing) {
    written("letter.txt", "Dear Sir, the letter is signed.\n");
    auto result = signedAdd(quoted("letter.txt"));
    EXPECT_EQ(result.exitCode, 1) << result.output;
    EXPECT_NE(result.output.find("refused: the file is not a PDF"), std::string::npos) << result.output;

    written("wopdocs.properties", "signed.max-megabytes = 1\n");
    written("large.pdf", "%PDF-1.7\n" + std::string(1024 * 1024, ' ') + "\n%%EOF\n");
    result = signedAdd(quoted("large.pdf") + " --config " + quoted("wopdocs.properties"));
    EXPECT_EQ(result.exitCode, 1) << result.output;
    EXPECT_NE(result.output.find("refused: the file is larger than the 1 MB a signed copy may be"), std::string::npos)
        << result.output;

    result = signedAdd(quoted("missing.pdf"));
    EXPECT_EQ(result.exitCode, 1) << result.output;
    EXPECT_NE(result.output.find("cannot read"), std::string::npos) << result.output;
    EXPECT_EQ(signedCopies(), 0u);
}

TEST_F(SignedCommand, BadUsageExitsWith2) {
    const std::string program = test::shellQuote(test::wopdocsBinary());
    const auto help = test::run(program + " signed --help");
    EXPECT_EQ(help.exitCode, 0);
    EXPECT_NE(help.output.find("--document"), std::string::npos) << help.output;
    EXPECT_NE(help.output.find("add FILE"), std::string::npos) << help.output;
    for (const std::string arguments : {"", "list", "add", "add a.pdf b.pdf"}) {
        const auto result = test::run(program + " signed " + arguments + " 2>&1");
        EXPECT_EQ(result.exitCode, 2) << arguments << ": " << result.output;
    }
    for (const std::string options : {"--document letter-of-intent", "--lang fr", "--version 0", "--version 2"}) {
        const auto result = signedAdd("a.pdf " + options);
        EXPECT_EQ(result.exitCode, 2) << options << ": " << result.output;
    }
}

}  // namespace
}  // namespace wop
