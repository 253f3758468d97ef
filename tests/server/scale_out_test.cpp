// Two `wopdocs serve` processes on one PostgreSQL database are one portal
// (docs/deploy.md): a session opened on one is open on the other, and the
// sign-in throttle and the rate limit count a client's requests to both.
#include <gtest/gtest.h>

#include <memory>

#include "database_test.h"
#include "http_client.h"
#include "serve_process.h"

namespace wop::test {
namespace {

class TwoPortals : public DatabaseTest {
protected:
    void SetUp() override {
        DatabaseTest::SetUp();
        if (IsSkipped()) return;
        const auto added = run("printf '%s\\n' " + shellQuote(password) + " | " + shellQuote(wopdocsBinary()) +
                               " user add lahore --utility wasa-lahore --password-stdin" + store());
        ASSERT_EQ(added.exitCode, 0) << added.output;
    }
    std::string store() const {
        return " --data-dir " + shellQuote((scratch_ / "data").string()) + " --database " + shellQuote(database_);
    }
    // Both portals, each with `rate` requests a second and a burst of `burst` per client.
    void start(const std::string& rate, const std::string& burst) {
        for (const char* name : {"first", "second"})
            portals_.push_back(std::make_unique<ServeProcess>(
                std::vector<std::string>{"--data-dir", (scratch_ / "data").string(), "--database", database_, "--rate",
                                         rate, "--burst", burst},
                scratch_ / (std::string(name) + ".log")));
    }
    int port(std::size_t portal) const { return portals_[portal % 2]->port(); }

    std::vector<std::unique_ptr<ServeProcess>> portals_;
};
INSTANTIATE_TEST_SUITE_P(Databases, TwoPortals, ::testing::Values(Backend::PostgreSQL),
                         [](const auto& info) { return backendName(info.param); });

TEST_P(TwoPortals, ShareSessionsAndTheSignInThrottle) {
    start("100000", "100000");
    const Client lahore = signInAt(port(0), "lahore");
    HttpRequest partnerships;
    partnerships.target = "/api/partnerships";
    partnerships.cookie = lahore.cookie;
    EXPECT_EQ(sendTo(port(1), partnerships).status, 200) << "the session opened on the other portal";

    // Guessed on the first portal until it holds the next attempt back (a
    // password check may take longer than the first waits), the second
    // holds it back too.
    int guesses = 0;
    while (guesses < 12 && sendTo(port(0), apiSignIn("lahore", "wrong guess")).status == 401) ++guesses;
    ASSERT_LT(guesses, 12) << "the first portal never held a guess back";
    const HttpResponse held = sendTo(port(1), apiSignIn("lahore", "wrong guess"));
    EXPECT_EQ(held.status, 429) << held.body;
}

TEST_P(TwoPortals, ShareTheRateLimit) {
    start("0.001", "10");  // a token back every 1000 s: none during the test
    int answered = 0;
    for (int i = 0; i < 20; ++i) {
        HttpRequest style;
        style.target = "/style.css";
        if (sendTo(port(i), style).status == 200) ++answered;
    }
    EXPECT_EQ(answered, 10) << "a burst of 10 across both portals, not 10 from each";
}

}  // namespace
}  // namespace wop::test
