// What the portal refuses, and how little it says when it does.
#include <gtest/gtest.h>

#include <regex>
#include <sstream>

#include <Poco/JSON/Object.h>
#include <Poco/JSON/Parser.h>

#include "portal_fixture.h"

namespace wop::test {
namespace {

class PortalSecurityTest : public ::testing::Test {
protected:
    static void SetUpTestSuite() { portal_ = new PortalServer; }
    static void TearDownTestSuite() {
        delete portal_;
        portal_ = nullptr;
    }

    static HttpRequest post(const std::string& target, const Client& client) {
        HttpRequest request;
        request.method = "POST";
        request.target = target;
        request.cookie = client.cookie;
        return request;
    }

    static HttpRequest apiSignIn(const std::string& name, const std::string& secret) {
        HttpRequest request = post("/api/session", {});
        request.contentType = "application/json";
        request.body = R"({"name": ")" + name + R"(", "password": ")" + secret + R"("})";
        return request;
    }

    // The token of a fresh sign-in form, which its cookie carries too.
    static std::string signInFormToken() {
        const HttpResponse page = portal_->get("/sign-in");
        std::smatch token;
        if (!std::regex_search(page.body, token, std::regex(R"re(name="csrf" value="([0-9a-f]{64})")re")))
            throw std::runtime_error("the sign-in form has no token");
        EXPECT_NE(page.setCookies.at(0).find("wopdocs_signin=" + token[1].str()), std::string::npos);
        return token[1];
    }

    static std::string rawExchange(const std::string& request) { return portal_->exchangeBytes(request); }

    static PortalServer* portal_;
};

PortalServer* PortalSecurityTest::portal_ = nullptr;

TEST_F(PortalSecurityTest, ChangesWithoutTheSessionsCsrfTokenAreRefused) {
    const Client facilitator = portal_->signIn("pwon");
    HttpRequest regenerate = post("/api/partnerships/peshawar-mardan-metering/regenerate", facilitator);
    EXPECT_EQ(portal_->send(regenerate).status, 403);
    regenerate.headers["X-CSRF-Token"] = std::string(64, '0');
    EXPECT_EQ(portal_->send(regenerate).status, 403);
    regenerate.headers["X-CSRF-Token"] = portal_->signIn("pwon").csrf;  // another session's token
    EXPECT_EQ(portal_->send(regenerate).status, 403);

    HttpRequest signOut = post("/sign-out", facilitator);
    signOut.contentType = "application/x-www-form-urlencoded";
    signOut.body = "csrf=" + std::string(64, 'a');
    EXPECT_EQ(portal_->send(signOut).status, 403);
    HttpRequest endSession = post("/api/session", facilitator);
    endSession.method = "DELETE";
    EXPECT_EQ(portal_->send(endSession).status, 403);
    EXPECT_EQ(portal_->get("/api/session", facilitator).status, 200);  // none of these signed it out
}

TEST_F(PortalSecurityTest, TheSignInFormNeedsItsOwnToken) {
    HttpRequest form = post("/sign-in", {});
    form.contentType = "application/x-www-form-urlencoded";
    form.body = "name=pwon&password=correct+horse+battery+staple&csrf=" + std::string(64, 'b');
    EXPECT_EQ(portal_->send(form).status, 403);  // no cookie with it
    form.cookie = "wopdocs_signin=" + std::string(64, 'c');
    EXPECT_EQ(portal_->send(form).status, 403);  // a cookie that differs

    const std::string token = signInFormToken();
    form.cookie = "wopdocs_signin=" + token;
    form.body = "name=pwon&password=correct+horse+battery+staple&csrf=" + token;
    const HttpResponse signedIn = portal_->send(form);
    EXPECT_EQ(signedIn.status, 303);
    EXPECT_EQ(signedIn.headers.at("Location"), "/partnerships");
}

TEST_F(PortalSecurityTest, TheSignInFormRefusesATokenItDidNotGive) {
    const std::string invented(64, 'd');  // in the cookie and the form alike
    HttpRequest form = post("/sign-in", {});
    form.contentType = "application/x-www-form-urlencoded";
    form.cookie = "wopdocs_signin=" + invented;
    form.body = "name=pwon&password=correct+horse+battery+staple&csrf=" + invented;
    EXPECT_EQ(portal_->send(form).status, 403);
    std::string altered = signInFormToken();
    altered[0] = altered[0] == '0' ? '1' : '0';  // the time it was given, moved
    form.cookie = "wopdocs_signin=" + altered;
    form.body = "name=pwon&password=correct+horse+battery+staple&csrf=" + altered;
    EXPECT_EQ(portal_->send(form).status, 403);
}

TEST_F(PortalSecurityTest, HeadIsAnsweredAsGetWithoutTheBody) {
    const std::string styleSheet = portal_->get("/style.css").body;
    const std::string head = rawExchange("HEAD /style.css HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n");
    EXPECT_TRUE(head.starts_with("HTTP/1.1 200 OK\r\n")) << head;
    EXPECT_NE(head.find("\r\nContent-Length: " + std::to_string(styleSheet.size()) + "\r\n"), std::string::npos) << head;
    EXPECT_TRUE(head.ends_with("\r\n\r\n")) << head;  // nothing after the head
    const std::string signIn = rawExchange("HEAD /sign-in HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n");
    EXPECT_TRUE(signIn.starts_with("HTTP/1.1 200 OK\r\n")) << signIn;
    EXPECT_TRUE(signIn.ends_with("\r\n\r\n")) << signIn;
    // A route without GET has no HEAD either, and says what it has.
    const std::string signOut = rawExchange("HEAD /sign-out HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n");
    EXPECT_TRUE(signOut.starts_with("HTTP/1.1 405 ")) << signOut;
    HttpRequest put = post("/sign-in", {});
    put.method = "PUT";
    EXPECT_EQ(portal_->send(put).headers.at("Allow"), "GET, HEAD, POST");
}

TEST_F(PortalSecurityTest, TwoDifferentContentLengthsAre400) {
    const std::string body = R"({"name": "pwon", "password": "wrong password here"})";
    auto withLengths = [&](std::size_t first, std::size_t second) {
        return "POST /api/session HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\nContent-Length: " +
               std::to_string(first) + "\r\nContent-Length: " + std::to_string(second) + "\r\n\r\n" + body;
    };
    const std::string conflicting = rawExchange(withLengths(body.size(), body.size() + 5));
    EXPECT_TRUE(conflicting.starts_with("HTTP/1.1 400 Bad Request\r\n")) << conflicting;
    EXPECT_TRUE(rawExchange(withLengths(body.size() + 5, body.size())).starts_with("HTTP/1.1 400 Bad Request\r\n"));
    const std::string notANumber = "POST /api/session HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Length: +5\r\n\r\n{}";
    EXPECT_TRUE(rawExchange(notANumber).starts_with("HTTP/1.1 400 Bad Request\r\n"));
    // The same length twice says one thing.
    EXPECT_TRUE(rawExchange(withLengths(body.size(), body.size())).starts_with("HTTP/1.1 401 Unauthorized\r\n"));
}

TEST_F(PortalSecurityTest, AWrongSignInSaysNothingMore) {
    const HttpResponse wrongPassword = portal_->send(apiSignIn("pwon", "wrong password here"));
    const HttpResponse unknownName = portal_->send(apiSignIn("nobody-at-all", "wrong password here"));
    EXPECT_EQ(wrongPassword.status, 401);
    EXPECT_EQ(unknownName.status, 401);
    EXPECT_EQ(wrongPassword.body, R"({"error":"Unauthorized"})");
    EXPECT_EQ(unknownName.body, wrongPassword.body);
    EXPECT_TRUE(wrongPassword.setCookies.empty());

    const std::string token = signInFormToken();
    HttpRequest form = post("/sign-in", {});
    form.cookie = "wopdocs_signin=" + token;
    form.contentType = "application/x-www-form-urlencoded";
    form.body = "name=nobody-at-all&password=wrong&csrf=" + token;
    const HttpResponse refused = portal_->send(form);
    EXPECT_EQ(refused.status, 401);
    EXPECT_NE(refused.body.find("The name or the password is wrong."), std::string::npos);
    EXPECT_EQ(refused.body.find("nobody-at-all"), std::string::npos);

    EXPECT_EQ(portal_->send(apiSignIn("pwon\", \"x", "y")).status, 400);  // not JSON once quoted in
    HttpRequest notJson = apiSignIn("pwon", "x");
    notJson.body = "{";
    EXPECT_EQ(portal_->send(notJson).status, 400);
    notJson.contentType = "text/plain";
    EXPECT_EQ(portal_->send(notJson).status, 415);
}

TEST_F(PortalSecurityTest, TheSessionCookieIsHttpOnlyStrictAndExpires) {
    const HttpResponse signedIn = portal_->send(apiSignIn("lahore", password));
    ASSERT_EQ(signedIn.status, 200);
    ASSERT_EQ(signedIn.setCookies.size(), 1u);
    const std::string& cookie = signedIn.setCookies[0];
    EXPECT_TRUE(std::regex_search(cookie, std::regex("^wopdocs_session=[0-9a-f]{64};"))) << cookie;
    EXPECT_NE(cookie.find("HttpOnly"), std::string::npos) << cookie;
    EXPECT_NE(cookie.find("SameSite=Strict"), std::string::npos) << cookie;
    EXPECT_NE(cookie.find("path=/"), std::string::npos) << cookie;
    EXPECT_NE(cookie.find("expires="), std::string::npos) << cookie;
    const auto json = Poco::JSON::Parser().parse(signedIn.body).extract<Poco::JSON::Object::Ptr>();
    EXPECT_EQ(json->getValue<std::string>("csrf_token").size(), 64u);
    EXPECT_EQ(json->getValue<std::string>("utility"), "wasa-lahore");
}

TEST_F(PortalSecurityTest, BodiesOver64KiBAreRefused) {
    // Refused on the declared length, before the body is sent.
    const std::string declared =
        "POST /api/session HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\n"
        "Content-Length: 71680\r\n\r\n";
    EXPECT_TRUE(rawExchange(declared).starts_with("HTTP/1.1 413 Request Entity Too Large\r\n"));
    // A body must declare its length: one sent in chunks is not read.
    const std::string chunk(70 * 1024, 'x');
    std::ostringstream size;
    size << std::hex << chunk.size();
    const std::string chunked =
        "POST /api/session HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\n"
        "Transfer-Encoding: chunked\r\n\r\n" + size.str() + "\r\n" + chunk + "\r\n0\r\n\r\n";
    EXPECT_TRUE(rawExchange(chunked).starts_with("HTTP/1.1 411 Length Required\r\n"));
    EXPECT_EQ(portal_->send(apiSignIn("pwon", std::string(60 * 1024, 'x'))).status, 401);  // within the limit
}

TEST_F(PortalSecurityTest, AMalformedRequestGetsA400WithoutDetail) {
    for (const std::string& garbage : {std::string("GARBAGE\r\n\r\n"), std::string("NOT-HTTP \x01\x02 at all\r\n\r\n"),
                                       "GET /" + std::string(20000, 'a') + " HTTP/1.1\r\n\r\n"}) {
        const std::string answer = rawExchange(garbage);
        EXPECT_TRUE(answer.starts_with("HTTP/1.1 400 Bad Request\r\n")) << answer;
        EXPECT_EQ(answer.find("Exception"), std::string::npos) << answer;
    }
}

TEST_F(PortalSecurityTest, EveryAnswerForbidsFramingAndSniffing) {
    for (const std::string& target : std::vector<std::string>{"/sign-in", "/nowhere", "/api/partnerships"}) {
        const HttpResponse response = portal_->get(target);
        EXPECT_EQ(response.headers.at("X-Content-Type-Options"), "nosniff") << target;
        EXPECT_EQ(response.headers.at("X-Frame-Options"), "DENY") << target;
        EXPECT_NE(response.headers.at("Content-Security-Policy").find("frame-ancestors 'none'"), std::string::npos);
    }
}

TEST(PortalRateLimit, AClientOverItsRateGets429) {
    server::PortalSettings settings = PortalServer::fastSettings();
    settings.requestsPerSecond = 0.001;  // no token comes back during the test
    settings.burst = 3;
    const PortalServer portal(settings);
    for (int i = 0; i < 3; ++i) EXPECT_EQ(portal.get("/style.css").status, 200);
    const HttpResponse limited = portal.get("/style.css");
    EXPECT_EQ(limited.status, 429);
    EXPECT_EQ(limited.headers.at("Retry-After"), "1");
}

TEST(PortalRegeneration, TheFacilitatorRegeneratesOnePartnership) {
    const PortalServer portal;
    // New data for one partnership.
    std::string json = readFile(sourceDir() / "samples" / "peshawar-mardan-metering.json");
    const std::string reference = "PWON/WOP/2025/04";
    json.replace(json.find(reference), reference.size(), reference + "-R");
    portal.importPartnership("peshawar-mardan-metering", json);
    EXPECT_EQ(portal.regenerate("peshawar-mardan-metering"), "succeeded");
    const Client facilitator = portal.signIn("pwon");
    const HttpResponse documents = portal.get("/api/partnerships/peshawar-mardan-metering/documents", facilitator);
    // A document that shows PWON's reference (not the letter of request,
    // under the mentee's own): what it says changed.
    EXPECT_NE(documents.body.find("peshawar-mardan-metering.initial-meeting-minutes.ur.v2"), std::string::npos);
    // The other partnerships and the road map were left alone.
    EXPECT_EQ(portal.get("/api/partnerships/program/documents", facilitator).body.find(".v2"), std::string::npos);
    EXPECT_EQ(portal.get("/api/partnerships/lahore-faisalabad-nrw/documents", facilitator).body.find(".v2"),
              std::string::npos);
}

}  // namespace
}  // namespace wop::test
