// Password guessing: sign-in attempts are throttled per account and per
// client address, before any password is checked.
#include <gtest/gtest.h>

#include "portal_fixture.h"
#include "server/sign_in_throttle.h"

namespace wop::test {
namespace {

using server::SignInThrottle;

// The same, as raw bytes from `from` through a proxy that says it forwards for `forwardedFor`.
std::string forwardedSignIn(const PortalServer& portal, const std::string& from, const std::string& forwardedFor,
                            const std::string& name) {
    const std::string body = R"({"name": ")" + name + R"(", "password": "wrong password here"})";
    return portal.exchangeBytes("POST /api/session HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\n"
                                "X-Forwarded-For: " + forwardedFor + "\r\nContent-Length: " + std::to_string(body.size()) +
                                    "\r\n\r\n" + body,
                                from);
}

TEST(SignInThrottle, EachFailureAfterTheFirstFewDoublesTheWait) {
    SignInThrottle throttle(1e6, 1e6);
    const auto t0 = SignInThrottle::Clock::now();
    for (int i = 0; i < SignInThrottle::freeFailures; ++i) EXPECT_FALSE(throttle.admit("rabia", "10.0.0.1", t0));
    EXPECT_EQ(throttle.admit("rabia", "10.0.0.1", t0), 1);
    EXPECT_EQ(throttle.admit("Rabia", "10.0.0.2", t0), 1);  // the account, whatever its case and the address
    EXPECT_FALSE(throttle.admit("sana", "10.0.0.1", t0));   // another account
    auto t = t0 + std::chrono::seconds(1);
    EXPECT_FALSE(throttle.admit("rabia", "10.0.0.1", t));
    EXPECT_EQ(throttle.admit("rabia", "10.0.0.1", t), 2);
    for (int i = 0; i < 20; ++i) {
        t += SignInThrottle::waitAfter(SignInThrottle::freeFailures + 1 + i);
        EXPECT_FALSE(throttle.admit("rabia", "10.0.0.1", t));
    }
    EXPECT_EQ(throttle.admit("rabia", "10.0.0.1", t), 300);  // at most five minutes
    throttle.succeeded("rabia");
    EXPECT_FALSE(throttle.admit("rabia", "10.0.0.1", t));
}

TEST(SignInThrottle, AnAddressHasItsOwnBucketOfAttempts) {
    SignInThrottle throttle(0.1, 2);
    const auto t0 = SignInThrottle::Clock::now();
    EXPECT_FALSE(throttle.admit("a", "10.0.0.1", t0));
    EXPECT_FALSE(throttle.admit("b", "10.0.0.1", t0));
    EXPECT_EQ(throttle.admit("c", "10.0.0.1", t0), 10);
    EXPECT_FALSE(throttle.admit("c", "10.0.0.2", t0));
}

TEST(PortalSignIn, GuessingAPasswordMakesTheRightOneWaitToo) {
    const PortalServer portal;
    int guesses = 0;
    HttpResponse answer;
    do answer = portal.send(apiSignIn("pwon", "wrong guess " + std::to_string(++guesses)));
    while (answer.status == 401 && guesses < 10);
    ASSERT_EQ(answer.status, 429) << "after " << guesses << " wrong guesses";
    EXPECT_EQ(answer.body, R"({"error":"Too Many Requests"})");
    const HttpResponse right = portal.send(apiSignIn("pwon", password));
    EXPECT_EQ(right.status, 429);
    EXPECT_GE(std::stoi(right.headers.at("Retry-After")), 1);
    EXPECT_EQ(portal.send(apiSignIn("PWON", password)).status, 429);
    EXPECT_EQ(portal.send(apiSignIn("lahore", password)).status, 200);  // other accounts sign in
    EXPECT_EQ(portal.get("/style.css").status, 200);  // and pages are served
}

TEST(PortalSignIn, EachAddressHasItsAttemptsBehindATrustedProxyToo) {
    server::PortalSettings settings = PortalServer::fastSettings();
    settings.signInsPerSecond = 0.001;
    settings.signInBurst = 2;
    settings.trustedProxies = {Poco::Net::IPAddress("127.0.0.1")};
    const PortalServer portal(settings);
    // Through the proxy: the client it names.
    EXPECT_TRUE(forwardedSignIn(portal, "127.0.0.1", "10.0.0.1", "nobody-1").starts_with("HTTP/1.1 401 "));
    EXPECT_TRUE(forwardedSignIn(portal, "127.0.0.1", "10.0.0.1", "nobody-2").starts_with("HTTP/1.1 401 "));
    EXPECT_TRUE(forwardedSignIn(portal, "127.0.0.1", "10.0.0.1", "nobody-3").starts_with("HTTP/1.1 429 "));
    EXPECT_TRUE(forwardedSignIn(portal, "127.0.0.1", "192.0.2.9, 10.0.0.2", "nobody-3").starts_with("HTTP/1.1 401 "));
    // Not through it: the header is the client's word, and ignored.
    EXPECT_TRUE(forwardedSignIn(portal, "127.0.0.2", "10.0.0.3", "nobody-4").starts_with("HTTP/1.1 401 "));
    EXPECT_TRUE(forwardedSignIn(portal, "127.0.0.2", "10.0.0.4", "nobody-5").starts_with("HTTP/1.1 401 "));
    EXPECT_TRUE(forwardedSignIn(portal, "127.0.0.2", "10.0.0.5", "nobody-6").starts_with("HTTP/1.1 429 "));
}

}  // namespace
}  // namespace wop::test
