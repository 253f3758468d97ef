// The SQLite database is locked by another connection while a batch runs.
#include <gtest/gtest.h>

#include <chrono>
#include <thread>

#include "child_process.h"
#include "fault_fixture.h"
#include "store/database.h"

namespace wop::fault {
namespace {

using namespace Poco::Data::Keywords;

class DatabaseLocked : public FaultTest {};

// Another program (a long import, a backup, someone's sqlite3 shell) takes
// an exclusive lock in the middle of the batch and keeps it. wopdocs waits
// its busy timeout (30 s) for the first document it registers, then stops
// instead of waiting as long again for each of the others.
TEST_F(DatabaseLocked, BatchStopsAtTheFirstDocumentItCannotRegisterAndTheNextRunFinishes) {
    importSamples();
    std::vector<std::string> arguments = {"batch", "--jobs", "1"};
    for (const std::string& argument : storeArguments()) arguments.push_back(argument);
    const auto log = scratch_ / "batch.log";
    {
        test::ChildProcess batch(test::wopdocsBinary(), arguments, log);
        while (batch.running() && pdfCount() < 4) std::this_thread::sleep_for(std::chrono::milliseconds(20));
        ASSERT_TRUE(batch.running()) << "the batch ended before the database could be locked:\n" << test::readFile(log);
        store::Database other("sqlite:" + (dataDir() / "wopdocs.sqlite").string());
        other.session() << "BEGIN EXCLUSIVE", now;
        EXPECT_EQ(batch.wait(), 1) << test::readFile(log);
        other.session() << "ROLLBACK", now;
    }
    const std::string output = test::readFile(log);
    const std::string database = "SQLite " + (dataDir() / "wopdocs.sqlite").string();
    EXPECT_NE(output.find("in the registry (" + database + "): "), std::string::npos) << output;
    EXPECT_NE(output.find("database is locked"), std::string::npos) << output;
    EXPECT_NE(output.find("stopped: the database could not record a document"), std::string::npos) << output;
    expectStoreConsistent();

    expectTheNextRunCompletes();
}

}  // namespace
}  // namespace wop::fault
