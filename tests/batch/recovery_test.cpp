// `wopdocs batch` killed (kill -9) in the middle of its work: the next batch
// finishes it, and nothing is corrupt, duplicated or lost.
#include <gtest/gtest.h>

#include <chrono>
#include <thread>

#include "batch_fixture.h"
#include "child_process.h"

namespace wop::batch {
namespace {

namespace fs = std::filesystem;

class KilledBatch : public BatchTest {
protected:
    std::size_t pdfsMade() const {
        std::size_t pdfs = 0;
        for (const std::string& file : documentFiles()) pdfs += file.ends_with(".pdf");
        return pdfs;
    }
};
WOPDOCS_ON_EVERY_DATABASE(KilledBatch);

TEST_P(KilledBatch, TheNextBatchFinishesTheWork) {
    importSamples();

    {
        test::ChildProcess batch(test::wopdocsBinary(),
                           {"batch", "--jobs", "2", "--data-dir", dataDir().string(), "--database", database_},
                           scratch_ / "killed.log");
        // Killed once it has made a few documents, while making more.
        while (batch.running() && pdfsMade() < 6) std::this_thread::sleep_for(std::chrono::milliseconds(20));
        ASSERT_TRUE(batch.running()) << "the batch ended before it could be killed:\n"
                                     << test::readFile(scratch_ / "killed.log");
        batch.kill();
    }

    const auto rerun = wopdocs("batch", "--jobs 2");
    EXPECT_EQ(rerun.exitCode, 0) << rerun.output;
    expectRegistryMatchesFiles();
    const auto records = registry();
    EXPECT_EQ(records.size(), sampleDocuments()) << "as many as a clean batch makes";
    for (const auto& record : records) EXPECT_EQ(record.version, 1) << record.path << ": made twice";

    const auto again = wopdocs("batch");
    EXPECT_NE(again.output.find("nothing to do"), std::string::npos) << again.output;
}

}  // namespace
}  // namespace wop::batch
