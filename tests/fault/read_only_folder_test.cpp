// The folder the documents go to cannot be written.
//
// Tests run as root, whom file permissions do not stop: CAP_DAC_OVERRIDE
// lets root write anywhere. wopdocs is therefore run with that capability
// dropped from its bounding set (setpriv, util-linux), so that the kernel
// checks the folder's mode bits for it as for the service user wopdocs runs
// as in production. This needs only CAP_SETPCAP, which containers keep,
// where a read-only mount would need CAP_SYS_ADMIN.
#include <gtest/gtest.h>

#include "fault_fixture.h"

namespace wop::fault {
namespace {

namespace fs = std::filesystem;

const std::string withoutOverride = "setpriv --bounding-set -dac_override,-dac_read_search,-fowner ";

void makeReadOnly(const fs::path& folder) {
    fs::permissions(folder, fs::perms::owner_write | fs::perms::group_write | fs::perms::others_write,
                    fs::perm_options::remove);
}

void makeWritable(const fs::path& folder) {
    fs::permissions(folder, fs::perms::owner_write, fs::perm_options::add);
}

class ReadOnlyFolder : public FaultTest {};

TEST_F(ReadOnlyFolder, BatchNamesTheFolderMakesTheOthersAndTheNextRunFinishes) {
    importSamples();
    const fs::path lahore = dataDir() / "documents" / "lahore-faisalabad-nrw";
    fs::create_directories(lahore);
    makeReadOnly(lahore);

    const auto refused = wopdocs("batch", "--jobs 2", withoutOverride);
    makeWritable(lahore);
    EXPECT_EQ(refused.exitCode, 1) << refused.output;
    EXPECT_NE(refused.output.find(lahore.string()), std::string::npos) << refused.output;
    EXPECT_NE(refused.output.find("Permission denied"), std::string::npos) << refused.output;
    EXPECT_TRUE(fs::is_empty(lahore));
    EXPECT_GT(pdfCount(), 0u) << "the other partnerships' documents are made";
    expectStoreConsistent();

    expectTheNextRunCompletes();
}

TEST_F(ReadOnlyFolder, GenerateNamesTheFolderAndWritesNothing) {
    const fs::path out = scratch_ / "out";
    fs::create_directories(out);
    makeReadOnly(out);
    const auto refused =
        test::run(withoutOverride + test::shellQuote(test::wopdocsBinary()) + " generate " + generateArguments(out));
    makeWritable(out);
    EXPECT_EQ(refused.exitCode, 1) << refused.output;
    EXPECT_NE(refused.output.find(out.string()), std::string::npos) << refused.output;
    EXPECT_NE(refused.output.find("Permission denied"), std::string::npos) << refused.output;
    EXPECT_TRUE(fs::is_empty(out));

    const auto rerun = test::run(test::shellQuote(test::wopdocsBinary()) + " generate " + generateArguments(out));
    EXPECT_EQ(rerun.exitCode, 0) << rerun.output;
}

}  // namespace
}  // namespace wop::fault
