// PDFs were renamed to their final names, and the sync of their folder that
// would make the names last fails (EIO, through failing_calls.c): the names
// may not survive a power cut, so the PDFs must neither be registered nor
// stay.
#include <gtest/gtest.h>

#include "fault_fixture.h"

namespace wop::fault {
namespace {

namespace fs = std::filesystem;

class FailedFolderSync : public FaultTest {};

TEST_F(FailedFolderSync, BatchDropsThePdfsOfThatFolderRegistersTheOthersAndTheNextRunFinishes) {
    importSamples();
    const std::string peshawar = "documents/peshawar-mardan-metering";
    const auto failed = wopdocs("batch", "--jobs 2", withFailingCalls("WOPDOCS_FAIL_FOLDER_SYNC", "/" + peshawar));
    EXPECT_EQ(failed.exitCode, 1) << failed.output;
    EXPECT_NE(failed.output.find("peshawar-mardan-metering/letter-of-request (en): cannot sync " +
                                 (dataDir() / peshawar).string() + " to disk: Input/output error"),
              std::string::npos)
        << "says which document failed, where, and why:\n" << failed.output;

    for (const auto& record : registry())
        EXPECT_NE(record.key.partnership, "peshawar-mardan-metering") << record.path << ": registered";
    EXPECT_GT(registry().size(), 0u) << "the other partnerships' documents are made";
    for (const std::string& file : documentFiles())
        EXPECT_FALSE(file.starts_with(peshawar + "/") && file.ends_with(".pdf")) << file << ": left behind";
    expectStoreConsistent();

    expectTheNextRunCompletes();
}

}  // namespace
}  // namespace wop::fault
