#include <gtest/gtest.h>

#include "store/data_dir_lock.h"
#include "store/document_files.h"
#include "base/sha256.h"
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

    // A document as the batch hands it over: its row to come and its PDF,
    // complete when it ends with the %%EOF marker.
    static NewDocument made(const std::string& document, int version,
                            const std::string& pdf = "%PDF-1.7 test\n%%EOF\n",
                            const std::string& partnership = "lahore") {
        DocumentRecord record;
        record.key = {partnership, document, model::Lang::En};
        record.version = version;
        record.templateHash = "templates";
        record.dataHash = "data";
        record.path = DocumentFiles::relativePath(record.key, version);
        record.createdAt = "2025-03-14T09:30:00Z";
        return {record, pdf};
    }
    // Publishes `documents` as one group; expects each to be in place.
    Publication published(std::vector<NewDocument>& documents) {
        Publication publication = files_->publish(documents);
        for (std::size_t i = 0; i < documents.size(); ++i)
            EXPECT_FALSE(publication.errors[i]) << documents[i].record.path << ": " << *publication.errors[i];
        return publication;
    }
    fs::path folder() const { return location_.dataDir / "documents" / "lahore"; }
    // The pending records on disk, whether or not they can be read.
    std::vector<fs::path> pendingFiles() const {
        return test::filesEndingWith(location_.dataDir / "documents", ".pending");
    }

    std::unique_ptr<Store> store_;
    std::unique_ptr<DocumentFiles> files_;
};
WOPDOCS_ON_EVERY_DATABASE(DocumentFilesTest);

// The data folder and what the store puts in it are its owner's alone:
// the database holds the portal's password hashes, the PDFs the partnerships'.
TEST_P(DocumentFilesTest, TheDataFolderAndItsFilesAreTheOwnersAlone) {
    auto mode = [](const fs::path& path) { return fs::status(path).permissions() & fs::perms::all; };
    std::vector<NewDocument> documents{made("letter-of-intent", 1)};
    published(documents);
    const DataDirLock lock(location_.dataDir);
    EXPECT_EQ(mode(location_.dataDir), fs::perms::owner_all);
    EXPECT_EQ(mode(folder()), fs::perms::owner_all);
    EXPECT_EQ(mode(folder() / "letter-of-intent.en.v1.pdf"), fs::perms::owner_read | fs::perms::owner_write);
    EXPECT_EQ(mode(location_.dataDir / "batch.lock"), fs::perms::owner_read | fs::perms::owner_write);
    if (GetParam() == test::Backend::SQLite) {
        const fs::path database = location_.database.substr(std::string("sqlite:").size());
        EXPECT_EQ(mode(database), fs::perms::owner_read | fs::perms::owner_write) << database;
    }
}

TEST_P(DocumentFilesTest, EachVersionHasAFileOfItsOwn) {
    EXPECT_EQ(DocumentFiles::relativePath({"lahore", "monthly-report-2024-07", model::Lang::Ur}, 3),
              "documents/lahore/monthly-report-2024-07.ur.v3.pdf");
}

TEST_P(DocumentFilesTest, PublishPutsEachPdfAtItsNameUnderOnePendingRecord) {
    std::vector<NewDocument> group = {made("work-plan", 1, "%PDF one\n%%EOF\n"), made("letter-of-intent", 2),
                                      made("work-plan", 1, "%PDF other\n%%EOF\n", "karachi")};
    const Publication publication = published(group);
    for (const NewDocument& document : group) {
        const fs::path pdf = files_->absolute(document.record.path);
        EXPECT_EQ(test::readFile(pdf), document.pdf);
        EXPECT_EQ(document.record.pdfSha256, base::sha256(document.pdf));
        EXPECT_FALSE(fs::exists(fs::path(pdf) += ".tmp"));
    }
    EXPECT_TRUE(fs::exists(publication.pendingRecord));
    const auto pending = files_->pendingRecords();
    ASSERT_EQ(pending.size(), 3u);
    const DocumentRecord& karachi = pending.at({group[2].record.key, 1});
    EXPECT_EQ(karachi.pdfSha256, base::sha256("%PDF other\n%%EOF\n"));
    EXPECT_EQ(karachi.path, "documents/karachi/work-plan.en.v1.pdf");

    EXPECT_EQ(pendingFiles(), std::vector<fs::path>{publication.pendingRecord});

    files_->settle(publication);
    EXPECT_TRUE(pendingFiles().empty());
}

TEST_P(DocumentFilesTest, PublishNeverReplacesAFile) {
    std::vector<NewDocument> first = {made("work-plan", 1, "first\n%%EOF\n")};
    files_->settle(published(first));
    std::vector<NewDocument> second = {made("work-plan", 1, "second\n%%EOF\n")};
    const Publication publication = files_->publish(second);
    ASSERT_TRUE(publication.errors[0]);
    EXPECT_NE(publication.errors[0]->find("exists already"), std::string::npos) << *publication.errors[0];
    EXPECT_EQ(test::readFile(folder() / "work-plan.en.v1.pdf"), "first\n%%EOF\n");
}

// What a full disk can make of a PDF whose writer did not notice: empty, or
// cut short. The others of its group are published.
TEST_P(DocumentFilesTest, PublishRefusesAnIncompletePdfAndPublishesTheRest) {
    std::vector<NewDocument> group = {made("work-plan", 1, ""), made("diagnostic-report", 1, "%PDF-1.7 cut sh"),
                                      made("letter-of-intent", 1)};
    const Publication publication = files_->publish(group);
    for (std::size_t torn : {0, 1}) {
        ASSERT_TRUE(publication.errors[torn]);
        EXPECT_NE(publication.errors[torn]->find("came out incomplete"), std::string::npos);
        EXPECT_FALSE(fs::exists(files_->absolute(group[torn].record.path)));
    }
    EXPECT_FALSE(publication.errors[2]);
    EXPECT_TRUE(fs::exists(files_->absolute(group[2].record.path)));
    EXPECT_EQ(files_->pendingRecords().size(), 1u) << "only the published document is pending";
}

// The group's pending record cannot be written (here a folder holds its
// name): no PDF of the group is put in place, none is left half-way.
TEST_P(DocumentFilesTest, PublishPutsNothingInPlaceWithoutThePendingRecord) {
    std::vector<NewDocument> group = {made("work-plan", 1), made("letter-of-intent", 1)};
    fs::create_directories(files_->absolute(group[0].record.path) += ".pending");
    const Publication publication = files_->publish(group);
    for (std::size_t i : {0, 1}) {
        ASSERT_TRUE(publication.errors[i]);
        EXPECT_NE(publication.errors[i]->find("not published with its group: cannot write"), std::string::npos)
            << *publication.errors[i];
        EXPECT_FALSE(fs::exists(files_->absolute(group[i].record.path)));
        EXPECT_FALSE(fs::exists(files_->absolute(group[i].record.path) += ".tmp"));
    }
    EXPECT_TRUE(publication.pendingRecord.empty());
}

TEST_P(DocumentFilesTest, RecoveryDeletesTemporaryFiles) {
    fs::create_directories(folder());
    test::writeFile(folder() / "work-plan.en.v1.pdf.tmp", "half");
    test::writeFile(folder() / "work-plan.en.v1.pdf.tmp.partial-4242", "half");
    test::writeFile(folder() / "letter-of-intent.en.v1.pdf.pending", "{");
    Registry registry = store_->registry();
    const RecoveryReport report = files_->recover(registry, "lahore");
    EXPECT_EQ(report.temporaryFiles, 3);
    EXPECT_TRUE(fs::is_empty(folder()));
}

TEST_P(DocumentFilesTest, RecoveryRegistersPublishedPdfsWhoseRowsWereNotWritten) {
    std::vector<NewDocument> group = {made("work-plan", 1), made("letter-of-intent", 1, "%PDF-1.7 b\n%%EOF\n")};
    published(group);  // then killed
    Registry registry = store_->registry();
    const RecoveryReport report = files_->recover(registry, "lahore");
    EXPECT_EQ(report.adopted, 2);
    const auto all = registry.all();
    ASSERT_EQ(all.size(), 2u);
    for (const DocumentRecord& record : all)
        EXPECT_EQ(record.pdfSha256, base::sha256OfFile(files_->absolute(record.path))) << record.path;
    EXPECT_TRUE(pendingFiles().empty());
}

// A batch of an older wopdocs, killed, left a pending record of one row
// beside each PDF.
TEST_P(DocumentFilesTest, RecoveryReadsThePendingRecordOfOneDocument) {
    std::vector<NewDocument> group = {made("work-plan", 1)};
    const Publication publication = published(group);
    const std::string array = test::readFile(publication.pendingRecord);
    ASSERT_TRUE(array.starts_with("[") && array.ends_with("]")) << array;
    test::writeFile(publication.pendingRecord, array.substr(1, array.size() - 2));
    Registry registry = store_->registry();
    EXPECT_EQ(files_->recover(registry, "lahore").adopted, 1);
    EXPECT_EQ(registry.all().size(), 1u);
}

TEST_P(DocumentFilesTest, RecoveryDeletesAPdfNothingVouchesFor) {
    fs::create_directories(folder());
    test::writeFile(folder() / "work-plan.en.v1.pdf", "no pending record");
    std::vector<NewDocument> group = {made("letter-of-intent", 1)};
    published(group);
    test::writeFile(files_->absolute(group[0].record.path), "not what was published");
    Registry registry = store_->registry();
    const RecoveryReport report = files_->recover(registry, "lahore");
    EXPECT_EQ(report.removed, 2);
    EXPECT_TRUE(fs::is_empty(folder()));
    EXPECT_TRUE(registry.all().empty());
}

// Another batch, holding another partnership's claim, writes in that
// partnership's folder meanwhile: its files are not this recovery's.
TEST_P(DocumentFilesTest, RecoveryTouchesThePartnershipsFolderAlone) {
    std::vector<NewDocument> elsewhere = {made("work-plan", 1, "%PDF-1.7 b\n%%EOF\n", "karachi")};
    const Publication inFlight = published(elsewhere);
    const fs::path karachi = location_.dataDir / "documents" / "karachi";
    test::writeFile(karachi / "letter-of-intent.en.v1.pdf.tmp", "being written");
    Registry registry = store_->registry();
    const RecoveryReport report = files_->recover(registry, "lahore");
    EXPECT_EQ(report.adopted + report.removed + report.temporaryFiles, 0);
    EXPECT_TRUE(fs::exists(files_->absolute(elsewhere[0].record.path)));
    EXPECT_TRUE(fs::exists(inFlight.pendingRecord));
    EXPECT_TRUE(fs::exists(karachi / "letter-of-intent.en.v1.pdf.tmp"));
    EXPECT_TRUE(registry.all().empty());
}

TEST_P(DocumentFilesTest, RecoveryKeepsRegisteredPdfsAndFilesItDidNotMake) {
    std::vector<NewDocument> group = {made("work-plan", 1)};
    const Publication publication = published(group);
    Registry registry = store_->registry();
    registry.add(group[0].record);  // then killed before settle()
    test::writeFile(folder() / "notes.txt", "the user's");
    const RecoveryReport report = files_->recover(registry, "lahore");
    EXPECT_EQ(report.adopted + report.removed, 0);
    EXPECT_TRUE(fs::exists(files_->absolute(group[0].record.path)));
    EXPECT_FALSE(fs::exists(publication.pendingRecord));
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
