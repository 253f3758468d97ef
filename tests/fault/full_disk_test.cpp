// The disk fills up while wopdocs writes documents.
#include <gtest/gtest.h>

#include "fault_fixture.h"
#include "skip.h"
#include "small_disk.h"
#include "test_databases.h"

namespace wop::fault {
namespace {

namespace fs = std::filesystem;

// The whole data folder, database included, on a small disk (small_disk.h)
// of 8 MiB: a tmpfs, whose ENOSPC comes from the kernel for whichever write
// comes first, and a disk made full by failing_calls.c, the only kind where
// the test program may not mount (a container without CAP_SYS_ADMIN), which
// is tested on its own here so that it is known to work where it is needed.
class FullDisk : public FaultTest, public ::testing::WithParamInterface<SmallDisk::Kind> {
protected:
    SmallDisk disk_{scratch_ / "disk", 8 << 20, GetParam()};
    const fs::path out_ = scratch_ / "disk" / "out";

    void SetUp() override { dataDir_ = scratch_ / "disk" / "data"; }
    test::CommandResult generate() const {
        return test::run(disk_.before() + test::shellQuote(test::wopdocsBinary()) + " generate " +
                         generateArguments(out_));
    }
};

INSTANTIATE_TEST_SUITE_P(Disks, FullDisk, ::testing::Values(SmallDisk::Kind::Tmpfs, SmallDisk::Kind::Preloaded),
                         [](const auto& info) { return kindName(info.param); });

TEST_P(FullDisk, BatchSaysWhatCouldNotBeWrittenAndTheNextRunFinishes) {
    importSamples();
    // Room for a few of the 80 documents (3 MiB in all), not for the rest.
    disk_.fillLeaving(400 << 10);

    const auto full = wopdocs("batch", "--jobs 2", disk_.before());
    EXPECT_EQ(full.exitCode, 1) << full.output;
    // Whichever write meets the full disk first: a document's file, or the
    // database's (and then the batch stops).
    const bool fileFull = full.output.find("No space left on device") != std::string::npos &&
                          full.output.find(dataDir().string() + "/documents/") != std::string::npos;
    const bool databaseFull = full.output.find("database or disk is full") != std::string::npos &&
                              full.output.find((dataDir() / "wopdocs.sqlite").string()) != std::string::npos;
    EXPECT_TRUE(fileFull || databaseFull) << "names the file it could not write, and why:\n" << full.output;
    EXPECT_LT(pdfCount(), 80u);
    expectStoreConsistent();

    disk_.makeRoom();
    expectTheNextRunCompletes();
}

TEST_P(FullDisk, GenerateLeavesNoPartialPdf) {
    disk_.fillLeaving(200 << 10);
    const auto full = generate();
    EXPECT_EQ(full.exitCode, 1) << full.output;
    EXPECT_NE(full.output.find(out_.string()), std::string::npos) << full.output;
    const std::size_t pdfs = expectOnlyCompletePdfs(out_);
    EXPECT_LT(pdfs, generatedDocuments());

    disk_.makeRoom();
    const auto rerun = generate();
    EXPECT_EQ(rerun.exitCode, 0) << rerun.output;
}

// A limit on the size of each file the process writes (RLIMIT_FSIZE
// through prlimit, with SIGXFSZ ignored so that the write fails with EFBIG
// instead of killing wopdocs) is a fault any container allows: every write
// past 40 KB fails, as on a full disk. The
// database is PostgreSQL's, whose server writes its files: an SQLite file,
// which keeps what each document says, would meet the limit first.
class FileSizeLimit : public FaultTest {
protected:
    void SetUp() override {
        std::string why;
        test::PostgresServer* server = test::PostgresServer::shared(why);
        if (!server) return test::skipForWant(why);
        database_ = server->createDatabase();
    }
    static std::string limited() { return "trap '' XFSZ; prlimit --fsize=40000 "; }
};

TEST_F(FileSizeLimit, BatchFailsEachDocumentCleanlyAndTheNextRunFinishes) {
    importSamples();
    const auto limitedRun = wopdocs("batch", "--jobs 2", limited());
    EXPECT_EQ(limitedRun.exitCode, 1) << limitedRun.output;
    EXPECT_NE(limitedRun.output.find("failed:"), std::string::npos) << limitedRun.output;
    EXPECT_NE(limitedRun.output.find("lahore-faisalabad-nrw/work-plan (ur): "), std::string::npos)
        << "says which document failed:\n" << limitedRun.output;
    EXPECT_NE(limitedRun.output.find("File too large"), std::string::npos) << "and why:\n" << limitedRun.output;
    expectStoreConsistent();

    expectTheNextRunCompletes();
}

}  // namespace
}  // namespace wop::fault
