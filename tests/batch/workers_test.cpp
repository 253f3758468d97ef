// Several `wopdocs batch` processes on one PostgreSQL store share a run's
// work (store/batch_claims.h): each partnership's documents are made by one
// of them, none twice and none missed, even when one is killed midway; and
// several `wopdocs serve` processes on it serve what they made.
#include <gtest/gtest.h>

#include <chrono>
#include <memory>
#include <regex>
#include <thread>

#include "base/sha256.h"
#include "batch_fixture.h"
#include "child_process.h"
#include "http_client.h"
#include "serve_process.h"

namespace wop::batch {
namespace {

class BatchWorkers : public BatchTest {
protected:
    std::unique_ptr<test::ChildProcess> worker(const std::string& name) const {
        return std::make_unique<test::ChildProcess>(
            test::wopdocsBinary(),
            std::vector<std::string>{"batch", "--jobs", "1", "--data-dir", dataDir().string(), "--database", database_},
            scratch_ / (name + ".log"));
    }
    std::unique_ptr<test::ServeProcess> portal(const std::string& name) const {
        return std::make_unique<test::ServeProcess>(
            std::vector<std::string>{"--data-dir", dataDir().string(), "--database", database_, "--rate", "100000",
                                     "--burst", "100000"},
            scratch_ / (name + ".log"));
    }
    std::string log(const std::string& name) const { return test::readFile(scratch_ / (name + ".log")); }
    // "N made" of a worker's summary.
    int made(const std::string& name) const {
        std::smatch match;
        const std::string text = log(name);
        if (std::regex_search(text, match, std::regex(R"((\d+) made)"))) return std::stoi(match[1]);
        return 0;
    }
    std::size_t pdfsMade() const {
        std::size_t pdfs = 0;
        for (const std::string& file : documentFiles()) pdfs += file.ends_with(".pdf");
        return pdfs;
    }
    // Every document once, as a clean batch makes them, each file with its SHA-256.
    void expectEveryDocumentOnce() const {
        expectRegistryMatchesFiles();
        const auto records = registry();
        EXPECT_EQ(records.size(), sampleDocuments());
        for (const auto& record : records) EXPECT_EQ(record.version, 1) << record.path << ": made twice";
    }
};
// Claims are PostgreSQL's: an SQLite store is one machine's, one batch at a time.
INSTANTIATE_TEST_SUITE_P(Databases, BatchWorkers, ::testing::Values(test::Backend::PostgreSQL),
                         [](const auto& info) { return test::backendName(info.param); });

TEST_P(BatchWorkers, TwoWorkersShareTheWork) {
    importSamples();
    {
        const auto first = worker("first");
        const auto second = worker("second");
        EXPECT_EQ(first->wait(), 0) << log("first");
        EXPECT_EQ(second->wait(), 0) << log("second");
    }
    expectEveryDocumentOnce();
    EXPECT_GT(made("first"), 0) << log("first");
    EXPECT_GT(made("second"), 0) << log("second");
    EXPECT_EQ(static_cast<std::size_t>(made("first") + made("second")), sampleDocuments())
        << log("first") << log("second");
}

TEST_P(BatchWorkers, AWorkerKilledMidwayLosesNothingAndTwoPortalsServeEveryDocument) {
    importSamples();
    const auto added = test::run("printf '%s\\n' " + test::shellQuote(test::password) + " | " +
                                 test::shellQuote(test::wopdocsBinary()) + " user add pwon --facilitator --password-stdin" +
                                 " --data-dir " + test::shellQuote(dataDir().string()) + " --database " +
                                 test::shellQuote(database_));
    ASSERT_EQ(added.exitCode, 0) << added.output;
    const auto first = portal("portal-1");
    const auto second = portal("portal-2");
    {
        auto killed = worker("killed");
        const auto survivor = worker("survivor");
        // Killed while both make documents, holding a partnership's claim.
        while (killed->running() && survivor->running() && pdfsMade() < 10)
            std::this_thread::sleep_for(std::chrono::milliseconds(10));
        ASSERT_TRUE(killed->running() && survivor->running())
            << "a worker ended before one could be killed:\n" << log("killed") << log("survivor");
        killed->kill();
        EXPECT_EQ(survivor->wait(), 0) << log("survivor");
    }
    // The survivor took over the killed worker's partnership: no other batch ran.
    expectEveryDocumentOnce();
    const auto again = wopdocs("batch");
    EXPECT_NE(again.output.find("nothing to do"), std::string::npos) << again.output;

    // Signed in on one portal, the facilitator downloads from both.
    const test::Client facilitator = test::signInAt(first->port(), "pwon");
    int served = 0;
    for (const auto& record : registry()) {
        const int port = (served++ % 2 ? second : first)->port();
        test::HttpRequest download;
        download.target = "/api/documents/" + record.key.partnership + "." + record.key.document + "." +
                          std::string(model::langCode(record.key.lang)) + ".v" + std::to_string(record.version) +
                          "/download";
        download.cookie = facilitator.cookie;
        const test::HttpResponse response = test::sendTo(port, download);
        EXPECT_EQ(response.status, 200) << record.path << " from port " << port;
        EXPECT_EQ(base::sha256(response.body), record.pdfSha256) << record.path << " from port " << port;
    }
}

}  // namespace
}  // namespace wop::batch
