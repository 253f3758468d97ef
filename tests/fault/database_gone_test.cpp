// The database goes away in the middle of a batch: the PostgreSQL server
// stops, or the SQLite file is removed.
#include <gtest/gtest.h>

#include <chrono>
#include <thread>

#include "child_process.h"
#include "fault_fixture.h"
#include "skip.h"
#include "test_databases.h"

namespace wop::fault {
namespace {

namespace fs = std::filesystem;

class DatabaseGone : public FaultTest {
protected:
    // Runs a batch and, once it has made a few documents, calls `takeAway`;
    // the batch's exit code and output.
    test::CommandResult batchLosing(const std::function<void()>& takeAway) {
        std::vector<std::string> arguments = {"batch", "--jobs", "1"};
        for (const std::string& argument : storeArguments()) arguments.push_back(argument);
        const auto log = scratch_ / "batch.log";
        test::ChildProcess batch(test::wopdocsBinary(), arguments, log);
        while (batch.running() && pdfCount() < 4) std::this_thread::sleep_for(std::chrono::milliseconds(20));
        EXPECT_TRUE(batch.running()) << "the batch ended before the database could go:\n" << test::readFile(log);
        takeAway();
        const int exitCode = batch.wait();
        return {exitCode, test::readFile(log)};
    }
};

// An immediate stop, as a crash of the server or its machine: the batch's
// connection breaks between two documents or in the middle of registering one.
TEST_F(DatabaseGone, PostgresqlStoppedMidRunStopsTheBatchAndTheNextRunFinishes) {
    std::string why;
    const auto server = test::PostgresServer::own(why);
    if (!server) return test::skipForWant(why);
    database_ = server->createDatabase();
    importSamples();

    const auto lost = batchLosing([&] { server->stop(); });
    EXPECT_EQ(lost.exitCode, 1) << lost.output;
    EXPECT_NE(lost.output.find("in the registry (PostgreSQL host=127.0.0.1"), std::string::npos) << lost.output;
    EXPECT_NE(lost.output.find("stopped: the database could not record a document"), std::string::npos) << lost.output;

    const auto down = wopdocs("batch");
    EXPECT_EQ(down.exitCode, 1) << down.output;
    EXPECT_NE(down.output.find("cannot open the database (PostgreSQL host=127.0.0.1"), std::string::npos) << down.output;

    server->restart();
    expectStoreConsistent();
    expectTheNextRunCompletes();
}

// Removed from under a running wopdocs (here moved away, as a careless
// clean-up or a restore would), SQLite refuses writes to it; the next run
// must not make a new empty database beside the documents it registered,
// whose next batch would delete them all as unvouched for.
TEST_F(DatabaseGone, SqliteFileRemovedMidRunIsSaidAndNoDocumentIsLost) {
    importSamples();
    const fs::path file = dataDir() / "wopdocs.sqlite";
    const fs::path away = scratch_ / "wopdocs.sqlite.moved";

    const auto lost = batchLosing([&] { fs::rename(file, away); });
    EXPECT_EQ(lost.exitCode, 1) << lost.output;
    EXPECT_NE(lost.output.find("the database file " + file.string() + " was removed or moved while in use"),
              std::string::npos)
        << lost.output;
    EXPECT_NE(lost.output.find("stopped: the database could not record a document"), std::string::npos) << lost.output;

    const std::set<std::string> files = documentFiles();
    const auto missing = wopdocs("batch");
    EXPECT_EQ(missing.exitCode, 1) << missing.output;
    EXPECT_NE(missing.output.find("the database " + file.string() + " is missing"), std::string::npos) << missing.output;
    EXPECT_FALSE(fs::exists(file)) << "no new empty database";
    EXPECT_EQ(documentFiles(), files) << "no document touched";

    fs::rename(away, file);
    expectStoreConsistent();
    expectTheNextRunCompletes();
}

}  // namespace
}  // namespace wop::fault
