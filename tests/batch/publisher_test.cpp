// The batch's publishing thread: every document handed over is put in place
// and registered, or reported with its reason; nothing is left pending.
#include <gtest/gtest.h>

#include <map>
#include <mutex>
#include <thread>

#include "batch/publisher.h"
#include "database_test.h"
#include "base/sha256.h"

namespace wop::batch {
namespace {

namespace fs = std::filesystem;

class PublisherTest : public test::DatabaseTest {
protected:
    void SetUp() override {
        DatabaseTest::SetUp();
        if (IsSkipped()) return;
        store_ = std::make_unique<store::Store>(store::StoreLocation{scratch_ / "data", database_});
        files_ = std::make_unique<store::DocumentFiles>(store_->dataDir());
    }

    // A job for the first version of `document` of `partnership`, in English.
    static DocumentJob job(const std::string& partnership, const std::string& document) {
        DocumentJob job;
        job.record.key = {partnership, document, model::Lang::En};
        job.record.version = 1;
        job.record.templateHash = "templates";
        job.record.dataHash = "data";
        job.record.path = store::DocumentFiles::relativePath(job.record.key, 1);
        return job;
    }
    // The job of a document whose version 1 is registered, for version 2.
    static DocumentJob laterJob(const std::string& partnership, const std::string& document) {
        DocumentJob later = job(partnership, document);
        later.latest = later.record;
        later.record.version = 2;
        later.record.templateHash = "edited templates";
        later.record.path = store::DocumentFiles::relativePath(later.record.key, 2);
        return later;
    }
    // A new version of job i, saying what the job's number says.
    static Rendered newVersion(std::size_t i, std::string pdf = "") {
        const std::string text = std::to_string(i);
        return {Verdict::NewVersion, "content-" + text, "<document><p>" + text + "</p></document>",
                pdf.empty() ? "%PDF-1.7 document " + text + "\n%%EOF\n" : pdf};
    }

    // Publishes what job i found (`found`, or newVersion(i)) from `threads`
    // threads at once, as the batch's threads do; returns the error of each job.
    std::map<std::size_t, std::string> publishAll(const std::vector<DocumentJob>& jobs, int threads,
                                                  const std::map<std::size_t, Rendered>& found = {}) {
        std::mutex mutex;
        std::map<std::size_t, std::string> errors;
        std::map<std::size_t, int> calls;
        std::atomic<bool> databaseFailed{false};
        {
            Publisher publisher(*store_, *files_, jobs, databaseFailed, [&](std::size_t job, const std::string* error) {
                std::lock_guard lock(mutex);
                ++calls[job];
                if (error) errors[job] = *error;
            });
            std::vector<std::thread> makers;
            for (int t = 0; t < threads; ++t)
                makers.emplace_back([&, t] {
                    for (std::size_t i = static_cast<std::size_t>(t); i < jobs.size(); i += static_cast<std::size_t>(threads))
                        publisher.publish(i, found.count(i) ? found.at(i) : newVersion(i));
                });
            for (std::thread& maker : makers) maker.join();
        }
        EXPECT_EQ(calls.size(), jobs.size());
        for (const auto& [job, count] : calls) EXPECT_EQ(count, 1) << "job " << job << " reported more than once";
        return errors;
    }

    // The pending records on disk, whether or not they can be read.
    std::vector<fs::path> pendingFiles() const {
        return test::filesEndingWith(store_->dataDir() / "documents", ".pending");
    }

    std::unique_ptr<store::Store> store_;
    std::unique_ptr<store::DocumentFiles> files_;
};
WOPDOCS_ON_EVERY_DATABASE(PublisherTest);

TEST_P(PublisherTest, PutsEveryDocumentInPlaceAndRegistersIt) {
    std::vector<DocumentJob> jobs;
    for (int i = 0; i < 40; ++i) jobs.push_back(job(i % 2 ? "lahore" : "karachi", "monthly-report-" + std::to_string(i)));
    EXPECT_TRUE(publishAll(jobs, 3).empty());

    const auto registered = store_->registry().all();
    ASSERT_EQ(registered.size(), jobs.size());
    for (const store::DocumentRecord& record : registered) {
        const fs::path pdf = files_->absolute(record.path);
        ASSERT_TRUE(fs::exists(pdf)) << record.path;
        EXPECT_EQ(record.pdfSha256, base::sha256OfFile(pdf)) << record.path;
        EXPECT_FALSE(record.createdAt.empty());
    }
    EXPECT_TRUE(pendingFiles().empty()) << "every pending record settled";
}

TEST_P(PublisherTest, ATornPdfFailsAloneAndTheOthersAreRegistered) {
    const std::vector<DocumentJob> jobs = {job("lahore", "work-plan"), job("lahore", "letter-of-intent"),
                                           job("lahore", "diagnostic-report")};
    const auto errors = publishAll(jobs, 1, {{1, newVersion(1, "%PDF-1.7 cut sh")}});
    ASSERT_EQ(errors.size(), 1u);
    EXPECT_NE(errors.at(1).find("came out incomplete"), std::string::npos) << errors.at(1);
    EXPECT_EQ(store_->registry().all().size(), 2u);
    EXPECT_FALSE(fs::exists(files_->absolute(jobs[1].record.path)));
    EXPECT_TRUE(pendingFiles().empty());
}

// A new version's markup is kept and its row names it; a version found
// current gets a check, and one made before contents were kept the markup
// it was found to say.
TEST_P(PublisherTest, KeepsWhatEachSaysAndRecordsTheVersionsFoundCurrent) {
    const std::vector<DocumentJob> jobs = {job("lahore", "work-plan"), laterJob("lahore", "letter-of-intent"),
                                           laterJob("lahore", "diagnostic-report")};
    const Rendered current{Verdict::Current, "content-1", "", ""};
    const Rendered adopted{Verdict::AdoptContent, "content-2", "<document><p>2</p></document>", ""};
    EXPECT_TRUE(publishAll(jobs, 2, {{1, current}, {2, adopted}}).empty());

    const auto registered = store_->registry().all();
    ASSERT_EQ(registered.size(), 1u) << "a version only for what says something new";
    EXPECT_EQ(registered[0].key.document, "work-plan");
    EXPECT_EQ(registered[0].contentHash, "content-0");
    EXPECT_EQ(store_->contents().markup("content-0"), "<document><p>0</p></document>");
    EXPECT_EQ(store_->contents().markup("content-2"), "<document><p>2</p></document>");

    std::map<std::string, store::DocumentCheck> checks;
    for (const auto& check : store_->checks().all()) checks[check.key.document] = check;
    ASSERT_EQ(checks.size(), 2u);
    EXPECT_EQ(checks.at("letter-of-intent").version, 1) << "the latest version, found current";
    EXPECT_EQ(checks.at("letter-of-intent").inputs.templateHash, "edited templates");
    EXPECT_EQ(checks.at("letter-of-intent").contentHash, "content-1");
    EXPECT_EQ(checks.at("diagnostic-report").contentHash, "content-2");
    EXPECT_FALSE(fs::exists(files_->absolute(jobs[1].record.path))) << "no file for a version not made";
    EXPECT_TRUE(pendingFiles().empty());
}

}  // namespace
}  // namespace wop::batch
