#include <gtest/gtest.h>

#include "database_test.h"
#include "mail/outbox.h"
#include "store/store.h"

namespace wop::mail {
namespace {

class OutboxTest : public test::DatabaseTest {
protected:
    void SetUp() override {
        DatabaseTest::SetUp();
        if (IsSkipped()) return;
        store_ = std::make_unique<store::Store>(store::StoreLocation{scratch_ / "data", database_});
    }

    static OutboxMessage message(int enVersion, int urVersion, const std::string& queuedAt = "2025-03-14T09:00:00Z") {
        OutboxMessage m;
        m.partnership = "lahore-faisalabad-nrw";
        m.document = "work-plan";
        m.enVersion = enVersion;
        m.urVersion = urVersion;
        m.recipients = {{"Ms. Sana Tariq", "coordinator@pwon.org.pk"}, {"", "rabia.saleem@wasafaisalabad.gop.pk"}};
        m.subject = "PWON/WOP/2024/02 — Work Plan / لائحۂ عمل";
        m.body = "Dear colleagues,\n\nمحترم رفقائے کار،\n";
        m.nextAttempt = m.queuedAt = queuedAt;
        return m;
    }

    Outbox outbox() { return Outbox(store_->database()); }

    std::unique_ptr<store::Store> store_;
};

TEST_P(OutboxTest, KeepsAMessageAsQueuedAndOnlyOnce) {
    EXPECT_TRUE(outbox().queue(message(1, 1)));
    EXPECT_FALSE(outbox().queue(message(1, 1)));
    const auto stored = outbox().find(message(1, 1));
    ASSERT_TRUE(stored);
    EXPECT_EQ(stored->recipients, message(1, 1).recipients);
    EXPECT_EQ(stored->subject, message(1, 1).subject);
    EXPECT_EQ(stored->body, message(1, 1).body);
    EXPECT_EQ(stored->state, OutboxState::Waiting);
    EXPECT_EQ(outbox().all().size(), 1u);
}

TEST_P(OutboxTest, KeepsEachRecipientWholeWhateverItsNameHolds) {
    // "keep recipients as a list rather than newline-joined text"
    OutboxMessage m = message(1, 1);
    m.recipients = {{"Engr. \"Rabia\" Saleem,\nPE <x@y.z>", "rabia.saleem@wasafaisalabad.gop.pk"},
                    {"", "coordinator@pwon.org.pk"}};
    outbox().queue(m);
    EXPECT_EQ(outbox().find(m)->recipients, m.recipients);
}

TEST_P(OutboxTest, ReadsTheRecipientsOfRowsQueuedOneALine) {
    const OutboxMessage m = message(1, 1);
    outbox().queue(m);
    store_->database().session() << "UPDATE outbox SET recipients = 'Ms. Sana Tariq <coordinator@pwon.org.pk>\n"
                                    "rabia.saleem@wasafaisalabad.gop.pk'",
        Poco::Data::Keywords::now;
    EXPECT_EQ(outbox().find(m)->recipients, m.recipients);
}

TEST_P(OutboxTest, ANewerVersionSupersedesOneStillWaiting) {
    outbox().queue(message(1, 1));
    outbox().queue(message(2, 2, "2025-03-15T09:00:00Z"));
    EXPECT_EQ(outbox().find(message(1, 1))->state, OutboxState::Superseded);
    ASSERT_EQ(outbox().waiting().size(), 1u);
    EXPECT_EQ(outbox().waiting()[0].enVersion, 2);
}

TEST_P(OutboxTest, ASentMessageIsNotSuperseded) {
    outbox().queue(message(1, 1));
    outbox().markSent(message(1, 1), "2025-03-14T09:01:00Z");
    outbox().queue(message(2, 1));
    EXPECT_EQ(outbox().find(message(1, 1))->state, OutboxState::Sent);
    EXPECT_EQ(outbox().find(message(1, 1))->sentAt, "2025-03-14T09:01:00Z");
}

TEST_P(OutboxTest, OnlyOneRunClaimsADueMessage) {
    outbox().queue(message(1, 1));
    EXPECT_TRUE(outbox().due("2025-03-14T08:59:59Z").empty());
    ASSERT_EQ(outbox().due("2025-03-14T09:00:00Z").size(), 1u);
    EXPECT_TRUE(outbox().claim(message(1, 1), "2025-03-14T09:00:00Z", "2025-03-14T09:15:00Z"));
    EXPECT_FALSE(outbox().claim(message(1, 1), "2025-03-14T09:00:00Z", "2025-03-14T09:15:00Z"));
    EXPECT_TRUE(outbox().due("2025-03-14T09:10:00Z").empty());
}

TEST_P(OutboxTest, AFailureCountsAndWaits) {
    outbox().queue(message(1, 1));
    outbox().markFailed(message(1, 1), "Connection refused", "2025-03-14T09:01:00Z");
    outbox().markFailed(message(1, 1), "Connection refused", "2025-03-14T09:03:00Z");
    const auto stored = outbox().find(message(1, 1));
    EXPECT_EQ(stored->attempts, 2);
    EXPECT_EQ(stored->lastError, "Connection refused");
    EXPECT_EQ(stored->nextAttempt, "2025-03-14T09:03:00Z");
    EXPECT_TRUE(outbox().due("2025-03-14T09:02:00Z").empty());
    EXPECT_EQ(outbox().retryNow("2025-03-14T09:02:00Z"), 1);
    EXPECT_EQ(outbox().due("2025-03-14T09:02:00Z").size(), 1u);
}

WOPDOCS_ON_EVERY_DATABASE(OutboxTest);

}  // namespace
}  // namespace wop::mail
