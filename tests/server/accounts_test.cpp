#include <gtest/gtest.h>

#include <stdexcept>

#include "database_test.h"
#include "server/password_hash.h"
#include "server/sessions.h"
#include "server/users.h"
#include "store/store.h"

namespace wop::server {
namespace {

class AccountsTest : public test::DatabaseTest {
protected:
    void SetUp() override {
        DatabaseTest::SetUp();
        if (IsSkipped()) return;
        store_ = std::make_unique<store::Store>(store::StoreLocation{scratch_ / "data", database_});
        users().add(lahore, "correct horse battery staple");
    }

    Users users() { return Users(store_->database()); }
    Sessions sessions() { return Sessions(store_->database()); }

    const Account lahore{"lahore", Account::Role::Utility, "wasa-lahore"};
    std::unique_ptr<store::Store> store_;
};

TEST_P(AccountsTest, KeepsOnlyASlowHashOfThePassword) {
    const auto credentials = users().credentials("lahore");
    ASSERT_TRUE(credentials);
    EXPECT_EQ(credentials->first.utility, "wasa-lahore");
    EXPECT_EQ(credentials->second.find("correct horse"), std::string::npos);
    EXPECT_TRUE(verifyPassword("correct horse battery staple", credentials->second));
}

TEST_P(AccountsTest, RefusesTakenOrMalformedNames) {
    EXPECT_THROW(users().add(lahore, "another long password"), std::invalid_argument);
    EXPECT_THROW(users().add({"a b", Account::Role::Facilitator, ""}, "another long password"), std::invalid_argument);
    EXPECT_THROW(users().add({"x", Account::Role::Utility, ""}, "another long password"), std::invalid_argument);
}

TEST_P(AccountsTest, RefusesANameThatDiffersOnlyInCase) {
    try {
        users().add({"Lahore", Account::Role::Facilitator, ""}, "another long password");
        ADD_FAILURE() << "Lahore was added beside lahore";
    } catch (const std::invalid_argument& e) {
        EXPECT_STREQ(e.what(), "there is a user \"lahore\" already");
    }
    EXPECT_FALSE(users().credentials("Lahore"));
}

TEST_P(AccountsTest, ASessionLastsUntilItExpires) {
    const std::time_t now = std::time(nullptr);
    const Session session = sessions().open(lahore, now, 8 * 3600);
    EXPECT_EQ(session.id.size(), 64u);
    EXPECT_EQ(session.csrfToken.size(), 64u);
    EXPECT_NE(session.id, session.csrfToken);
    const auto found = sessions().find(session.id, now + 3600);
    ASSERT_TRUE(found);
    EXPECT_EQ(found->account.name, "lahore");
    EXPECT_EQ(found->csrfToken, session.csrfToken);
    EXPECT_FALSE(sessions().find(session.id, now + 8 * 3600));
    EXPECT_FALSE(sessions().find(session.id + "0", now));
}

TEST_P(AccountsTest, TheTableHoldsNoSessionId) {
    const Session session = sessions().open(lahore, std::time(nullptr), 3600);
    int found = 0;
    store_->database().session() << "SELECT COUNT(*) FROM sessions WHERE id_sha256 = $1 OR csrf_token = $1",
        Poco::Data::Keywords::useRef(session.id), Poco::Data::Keywords::into(found), Poco::Data::Keywords::now;
    EXPECT_EQ(found, 0);
}

TEST_P(AccountsTest, ANewPasswordOrRemovalEndsTheSessions) {
    const std::time_t now = std::time(nullptr);
    const Session first = sessions().open(lahore, now, 3600);
    EXPECT_TRUE(users().setPassword("lahore", "a new long password"));
    EXPECT_FALSE(sessions().find(first.id, now));
    const Session second = sessions().open(lahore, now, 3600);
    EXPECT_TRUE(users().remove("lahore"));
    EXPECT_FALSE(sessions().find(second.id, now));
    EXPECT_FALSE(users().find("lahore"));
    EXPECT_FALSE(users().remove("lahore"));
}

WOPDOCS_ON_EVERY_DATABASE(AccountsTest);

}  // namespace
}  // namespace wop::server
