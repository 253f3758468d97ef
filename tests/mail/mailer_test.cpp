#include <gtest/gtest.h>

#include <map>
#include <set>

#include "mail/mailer.h"
#include "mail/outbox.h"
#include "mail/recipients.h"
#include "sample_store.h"
#include "smtp_server.h"
#include "store/document_files.h"
#include "base/sha256.h"
#include "store/stored_program.h"
#include "store/version_index.h"

namespace wop::mail {
namespace {

class MailerTest : public ::testing::Test {
protected:
    MailSettings settings() const {
        MailSettings s;
        s.host = "127.0.0.1";
        s.port = smtp_.port();
        s.from = "PWON Secretariat <secretariat@pwon.org.pk>";
        s.timeoutSeconds = 20;
        return s;
    }

    MailReport mail(bool retryNow = false) { return Mailer(store_, settings()).run(retryNow); }

    // The registry's latest version of each document in each language, by the file name it is mailed under.
    std::map<std::string, store::DocumentRecord> latestPdfs() {
        std::map<std::string, store::DocumentRecord> latest;
        const store::VersionIndex index(store_.registry().all());
        for (const auto& [key, versions] : index.all()) latest[store::deliveredFileName(versions.back())] = versions.back();
        return latest;
    }

    std::size_t documentCount() {
        std::set<std::pair<std::string, std::string>> documents;
        for (const auto& record : store_.registry().all()) documents.emplace(record.key.partnership, record.key.document);
        return documents.size();
    }

    std::vector<std::string> expectedRecipients(const store::DocumentRecord& record) {
        store::Partnerships partnerships = store_.partnerships();
        const store::StoredProgram program = store::loadStoredProgram(partnerships);
        const auto recipients = record.key.partnership == store::programKey
                                    ? roadmapRecipients(program.program())
                                    : recipientsOf(*program.find(record.key.partnership), record.key.document);
        std::vector<std::string> addresses;
        for (const auto& r : recipients) addresses.push_back(r.address);
        return addresses;
    }

    // Every message received was sent exactly once, with the latest PDFs of
    // one document in both languages, byte for byte, to its parties.
    void expectEachDocumentMailedOnce() {
        const auto received = smtp_.messages();
        EXPECT_EQ(received.size(), documentCount());
        const auto latest = latestPdfs();
        const store::DocumentFiles files(samples_.dataDir());
        std::set<std::string> ids, mailed;
        for (const test::ReceivedMessage& m : received) {
            EXPECT_TRUE(ids.insert(m.messageId).second) << "sent twice: " << m.subject;
            EXPECT_EQ(m.contentType, "multipart/mixed");
            EXPECT_EQ(m.from, "PWON Secretariat <secretariat@pwon.org.pk>");
            EXPECT_NE(m.body.find("Dear colleagues"), std::string::npos);
            EXPECT_NE(m.body.find("محترم رفقائے کار"), std::string::npos);
            ASSERT_EQ(m.attachments.size(), 2u) << m.subject;
            std::set<model::Lang> langs;
            for (const test::ReceivedAttachment& a : m.attachments) {
                ASSERT_TRUE(latest.count(a.filename)) << a.filename << " is not a latest version";
                const store::DocumentRecord& record = latest.at(a.filename);
                EXPECT_EQ(a.contentType, "application/pdf");
                EXPECT_EQ(a.sha256, record.pdfSha256) << a.filename;
                EXPECT_EQ(a.sha256, base::sha256OfFile(files.absolute(record.path))) << a.filename;
                EXPECT_EQ(m.envelopeTo, expectedRecipients(record)) << a.filename;
                EXPECT_EQ(m.to, m.envelopeTo);
                langs.insert(record.key.lang);
                mailed.insert(a.filename);
            }
            EXPECT_EQ(langs.size(), 2u) << m.subject << ": English and Urdu together";
        }
        EXPECT_EQ(mailed.size(), latest.size());
    }

    test::SampleStore samples_;
    store::Store store_{store::StoreLocation{samples_.dataDir(), ""}};
    test::SmtpServer smtp_;
};

TEST_F(MailerTest, MailsEachDocumentOnceWithItsPdfsToItsParties) {
    smtp_.start();
    const MailReport report = mail();
    EXPECT_TRUE(report.succeeded());
    EXPECT_EQ(report.queued, static_cast<int>(documentCount()));
    EXPECT_EQ(report.sent.size(), documentCount());
    EXPECT_TRUE(report.waiting.empty());
    expectEachDocumentMailedOnce();

    const MailReport again = mail(true);
    EXPECT_EQ(again.queued, 0);
    EXPECT_TRUE(again.sent.empty());
    EXPECT_EQ(smtp_.messages().size(), documentCount());
}

TEST_F(MailerTest, NothingIsLostOrSentTwiceWhileTheServerIsDown) {
    const MailReport down = mail();  // nothing listens on the port yet
    EXPECT_FALSE(down.succeeded());
    EXPECT_TRUE(down.sent.empty());
    EXPECT_EQ(down.failed.size(), documentCount());
    ASSERT_EQ(down.waiting.size(), documentCount());
    for (const OutboxMessage& waiting : down.waiting) {
        EXPECT_EQ(waiting.attempts, 1);
        EXPECT_NE(waiting.lastError.find("cannot reach the mail server"), std::string::npos) << waiting.lastError;
        EXPECT_GT(waiting.nextAttempt, waiting.queuedAt);
    }

    const MailReport notYet = mail();  // within the back-off: not tried
    EXPECT_EQ(notYet.queued, 0);
    EXPECT_TRUE(notYet.failed.empty());
    EXPECT_EQ(notYet.waiting.size(), documentCount());

    smtp_.start();
    const MailReport up = mail(true);
    EXPECT_TRUE(up.succeeded());
    EXPECT_EQ(up.sent.size(), documentCount());
    EXPECT_TRUE(up.waiting.empty());
    mail(true);
    expectEachDocumentMailedOnce();
}

TEST_F(MailerTest, AFileThatNoLongerMatchesTheRegistryIsNotSent) {
    smtp_.start();
    const store::DocumentRecord record = *store_.registry().find({"lahore-faisalabad-nrw", "work-plan", model::Lang::Ur}, 1);
    const auto path = store::DocumentFiles(samples_.dataDir()).absolute(record.path);
    test::writeFile(path, test::readFile(path) + "changed");
    const MailReport report = mail();
    ASSERT_EQ(report.failed.size(), 1u);
    EXPECT_EQ(report.failed[0].document, "work-plan");
    EXPECT_NE(report.failed[0].lastError.find("differs from the registry"), std::string::npos);
    EXPECT_EQ(report.sent.size(), documentCount() - 1);
}

TEST_F(MailerTest, ANewVersionIsMailedWithTheOtherLanguagesLatest) {
    smtp_.start();
    mail();
    const std::size_t before = smtp_.messages().size();

    store::DocumentRecord v2 = *store_.registry().find({"lahore-faisalabad-nrw", "work-plan", model::Lang::En}, 1);
    const store::DocumentFiles files(samples_.dataDir());
    const std::string bytes = test::readFile(files.absolute(v2.path)) + "\n% v2\n";
    v2.version = 2;
    v2.path = store::DocumentFiles::relativePath(v2.key, 2);
    v2.pdfSha256 = base::sha256(bytes);
    test::writeFile(files.absolute(v2.path), bytes);
    store_.registry().add(v2);

    const MailReport report = mail();
    EXPECT_EQ(report.queued, 1);
    ASSERT_EQ(report.sent.size(), 1u);
    EXPECT_EQ(report.sent[0], "lahore-faisalabad-nrw/work-plan (en v2, ur v1)");
    const auto received = smtp_.messages();
    ASSERT_EQ(received.size(), before + 1);
    std::set<std::string> names;
    for (const auto& a : received.back().attachments) names.insert(a.filename);
    EXPECT_EQ(names, (std::set<std::string>{"lahore-faisalabad-nrw-work-plan.en.v2.pdf",
                                            "lahore-faisalabad-nrw-work-plan.ur.v1.pdf"}));
}

}  // namespace
}  // namespace wop::mail
