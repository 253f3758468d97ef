#include <gtest/gtest.h>

#include "store/data_dir_lock.h"
#include "store/document_files.h"
#include "store/sha256.h"
#include "store/store_error.h"
#include "store_fixture.h"

namespace wop::store {
namespace {

namespace fs = std::filesystem;

class DocumentFilesTest : public StoreTest {
protected:
    void SetUp() override {
        StoreTest::SetUp();
        if (IsSkipped()) return;
        store_ = std::make_unique<Store>(location_);
        files_ = std::make_unique<DocumentFiles>(store_->dataDir());
    }

    // A record whose PDF is staged, as the batch has it just before publish():
    // a complete PDF ends with its %%EOF marker.
    DocumentRecord staged(const std::string& document, int version,
                          const std::string& content = "%PDF-1.7 test\n%%EOF\n") {
        DocumentRecord record;
        record.key = {"lahore", document, model::Lang::En};
        record.version = version;
        record.templateHash = "templates";
        record.dataHash = "data";
        record.path = DocumentFiles::relativePath(record.key, version);
        record.createdAt = "2025-03-14T09:30:00Z";
        fs::create_directories(files_->stagingPath(record).parent_path());
        test::writeFile(files_->stagingPath(record), content);
        return record;
    }
    fs::path folder() const { return location_.dataDir / "documents" / "lahore"; }
    static fs::path withSuffix(fs::path path, const std::string& suffix) { return path += suffix; }

    std::unique_ptr<Store> store_;
    std::unique_ptr<DocumentFiles> files_;
};
WOPDOCS_ON_EVERY_DATABASE(DocumentFilesTest);

TEST_P(DocumentFilesTest, EachVersionHasAFileOfItsOwn) {
    EXPECT_EQ(DocumentFiles::relativePath({"lahore", "monthly-report-2024-07", model::Lang::Ur}, 3),
              "documents/lahore/monthly-report-2024-07.ur.v3.pdf");
}

TEST_P(DocumentFilesTest, PublishMovesTheStagedPdfToItsName) {
    const DocumentRecord published = files_->publish(staged("work-plan", 1));
    const fs::path pdf = files_->absolute(published.path);
    EXPECT_TRUE(fs::exists(pdf));
    EXPECT_FALSE(fs::exists(files_->stagingPath(published)));
    EXPECT_EQ(published.pdfSha256, sha256("%PDF-1.7 test\n%%EOF\n"));
    EXPECT_TRUE(fs::exists(withSuffix(pdf, ".pending")));
    files_->settle(published);
    EXPECT_FALSE(fs::exists(withSuffix(pdf, ".pending")));
}

TEST_P(DocumentFilesTest, PublishNeverReplacesAFile) {
    files_->settle(files_->publish(staged("work-plan", 1, "first\n%%EOF\n")));
    EXPECT_THROW(files_->publish(staged("work-plan", 1, "second\n%%EOF\n")), StoreError);
    EXPECT_EQ(test::readFile(folder() / "work-plan.en.v1.pdf"), "first\n%%EOF\n");
}

// What a full disk can make of a PDF whose writer did not notice: empty, or cut short.
TEST_P(DocumentFilesTest, PublishRefusesAnIncompletePdf) {
    for (const std::string& torn : {std::string(), std::string("%PDF-1.7 cut sh")}) {
        const DocumentRecord record = staged("work-plan", 1, torn);
        EXPECT_THROW(files_->publish(record), StoreError);
        EXPECT_FALSE(fs::exists(files_->absolute(record.path)));
    }
}

TEST_P(DocumentFilesTest, RecoveryDeletesTemporaryFiles) {
    fs::create_directories(folder());
    test::writeFile(folder() / "work-plan.en.v1.pdf.tmp", "half");
    test::writeFile(folder() / "work-plan.en.v1.pdf.tmp.partial-4242", "half");
    test::writeFile(folder() / "letter-of-intent.en.v1.pdf.pending", "{");
    Registry registry = store_->registry();
    const RecoveryReport report = files_->recover(registry);
    EXPECT_EQ(report.temporaryFiles, 3);
    EXPECT_TRUE(fs::is_empty(folder()));
}

TEST_P(DocumentFilesTest, RecoveryRegistersAPublishedPdfWhoseRowWasNotWritten) {
    const DocumentRecord published = files_->publish(staged("work-plan", 1));  // then killed
    Registry registry = store_->registry();
    const RecoveryReport report = files_->recover(registry);
    EXPECT_EQ(report.adopted, 1);
    const auto all = registry.all();
    ASSERT_EQ(all.size(), 1u);
    EXPECT_EQ(all[0].path, published.path);
    EXPECT_EQ(all[0].pdfSha256, sha256OfFile(files_->absolute(published.path)));
    EXPECT_FALSE(fs::exists(withSuffix(files_->absolute(published.path), ".pending")));
}

TEST_P(DocumentFilesTest, RecoveryDeletesAPdfNothingVouchesFor) {
    fs::create_directories(folder());
    test::writeFile(folder() / "work-plan.en.v1.pdf", "no pending record");
    const DocumentRecord altered = files_->publish(staged("letter-of-intent", 1));
    test::writeFile(files_->absolute(altered.path), "not what was published");
    Registry registry = store_->registry();
    const RecoveryReport report = files_->recover(registry);
    EXPECT_EQ(report.removed, 2);
    EXPECT_TRUE(fs::is_empty(folder()));
    EXPECT_TRUE(registry.all().empty());
}

TEST_P(DocumentFilesTest, RecoveryKeepsRegisteredPdfsAndFilesItDidNotMake) {
    const DocumentRecord published = files_->publish(staged("work-plan", 1));
    Registry registry = store_->registry();
    registry.add(published);  // then killed before settle()
    test::writeFile(folder() / "notes.txt", "the user's");
    const RecoveryReport report = files_->recover(registry);
    EXPECT_EQ(report.adopted + report.removed, 0);
    EXPECT_TRUE(fs::exists(files_->absolute(published.path)));
    EXPECT_FALSE(fs::exists(withSuffix(files_->absolute(published.path), ".pending")));
    EXPECT_TRUE(fs::exists(folder() / "notes.txt"));
    EXPECT_EQ(registry.all().size(), 1u);
}

TEST(DataDirLock, OneBatchAtATime) {
    test::ScratchDir dir("lock");
    {
        DataDirLock first(dir.path());
        EXPECT_THROW(DataDirLock second(dir.path()), StoreError);
    }
    EXPECT_NO_THROW(DataDirLock again(dir.path()));
}

}  // namespace
}  // namespace wop::store
