// A written PDF cannot be renamed to its final name: the disk fails the
// rename (EIO, through failing_calls.c) after the file itself was written.
#include <gtest/gtest.h>

#include "fault_fixture.h"
#include "store/complete_pdf.h"

namespace wop::fault {
namespace {

namespace fs = std::filesystem;

class FailedRename : public FaultTest {};

TEST_F(FailedRename, BatchNamesTheDocumentsRegistersTheOthersAndTheNextRunFinishes) {
    importSamples();
    // Every partnership's Urdu letter of intent.
    const auto failed = wopdocs("batch", "--jobs 2", withFailingCalls("WOPDOCS_FAIL_RENAME", "/letter-of-intent.ur."));
    EXPECT_EQ(failed.exitCode, 1) << failed.output;
    const fs::path lahoreLetter = dataDir() / "documents" / "lahore-faisalabad-nrw" / "letter-of-intent.ur.v1.pdf";
    EXPECT_NE(failed.output.find("lahore-faisalabad-nrw/letter-of-intent (ur): cannot rename the PDF to " +
                                 lahoreLetter.string() + ": Input/output error"),
              std::string::npos)
        << "says which document failed, where, and why:\n" << failed.output;

    std::size_t letters = 0;
    for (const auto& record : registry()) {
        EXPECT_FALSE(record.key.document == "letter-of-intent" && record.key.lang == model::Lang::Ur)
            << record.path << ": registered, though its PDF never got its name";
        letters += record.key.document == "letter-of-intent";
    }
    EXPECT_GT(letters, 0u) << "the English letters of intent are made";
    for (const std::string& file : documentFiles()) {
        if (file.ends_with(".pending")) continue;  // a group's record, which the next batch tidies
        EXPECT_EQ(file.find("/letter-of-intent.ur."), std::string::npos) << file << ": left behind";
    }
    expectStoreConsistent();

    expectTheNextRunCompletes();
}

TEST_F(FailedRename, GenerateNamesTheFileLeavesNoTemporaryFileAndWritesTheOthers) {
    const fs::path out = scratch_ / "out";
    const std::string generate = test::shellQuote(test::wopdocsBinary()) + " generate " + generateArguments(out);
    const auto failed = test::run(withFailingCalls("WOPDOCS_FAIL_RENAME", "/work-plan.ur.pdf") + generate);
    EXPECT_EQ(failed.exitCode, 1) << failed.output;
    const fs::path workPlan = out / "lahore-faisalabad-nrw" / "work-plan.ur.pdf";
    EXPECT_NE(failed.output.find(workPlan.string()), std::string::npos) << failed.output;
    EXPECT_NE(failed.output.find("Input/output error"), std::string::npos) << failed.output;
    const std::size_t pdfs = expectOnlyCompletePdfs(out);
    EXPECT_FALSE(fs::exists(workPlan));
    EXPECT_EQ(pdfs, generatedDocuments() - 1) << "the other documents are written";

    const auto rerun = test::run(generate);
    EXPECT_EQ(rerun.exitCode, 0) << rerun.output;
    EXPECT_TRUE(store::isCompletePdf(test::readFile(workPlan)));
}

}  // namespace
}  // namespace wop::fault
