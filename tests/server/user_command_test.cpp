// `wopdocs user add --password-stdin`, run as a script would run it.
#include <gtest/gtest.h>

#include "server/password_hash.h"
#include "server/users.h"
#include "store/store.h"
#include "support.h"

namespace wop::test {
namespace {

class UserCommand : public ::testing::Test {
protected:
    // `line` piped to `wopdocs user add rabia --facilitator --password-stdin`.
    CommandResult addWithPassword(const std::string& line) {
        return run("printf '%s' " + shellQuote(line) + " | " + shellQuote(wopdocsBinary()) +
                   " user add rabia --facilitator --password-stdin --data-dir " + shellQuote((folder_ / "data").string()));
    }
    std::optional<std::string> hashOfRabia() {
        store::Store store({folder_ / "data", ""});
        const auto credentials = server::Users(store.database()).credentials("rabia");
        if (!credentials) return std::nullopt;
        return credentials->second;
    }

    ScratchDir folder_{"user-command"};
};

TEST_F(UserCommand, APasswordLineEndingInCrLfIsThePasswordWithoutTheCr) {
    const CommandResult result = addWithPassword("correct horse battery staple\r\n");
    ASSERT_EQ(result.exitCode, 0) << result.output;
    const auto hash = hashOfRabia();
    ASSERT_TRUE(hash);
    EXPECT_TRUE(server::verifyPassword("correct horse battery staple", *hash));
    EXPECT_FALSE(server::verifyPassword("correct horse battery staple\r", *hash));
}

TEST_F(UserCommand, APasswordOfOnlySpacesIsRefused) {
    const CommandResult result = addWithPassword("              \n");
    EXPECT_NE(result.exitCode, 0);
    EXPECT_NE(result.output.find("a password of only spaces is no password"), std::string::npos) << result.output;
    EXPECT_FALSE(hashOfRabia());
}

}  // namespace
}  // namespace wop::test
