// Any bytes as what a client sends the portal on one connection: a request
// (the portal answers one per connection) or garbage. They go through the
// portal's own request reader (request_reader.h), as its listener feeds it
// from a socket: request line, headers, Content-Length and body; a request
// read whole goes to the portal's handler: rate limit, body limit, the
// session from the cookie, routes, CSRF checks, the routes' forms and JSON,
// and authorization against a store (portal_store.h). Whatever arrives, the
// portal must answer without crashing, hanging or leaking, and must show a
// partnership or document only to a request that carries the cookie of a
// session allowed to see it.
#include <openssl/evp.h>

#include <dlfcn.h>
#include <unistd.h>

#include <algorithm>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <memory>
#include <string>
#include <sstream>
#include <string_view>

#include <Poco/Net/NameValueCollection.h>
#include <Poco/Net/SocketAddress.h>

#include "portal_store.h"
#include "server/portal_context.h"
#include "server/portal_request_handler.h"
#include "server/request_reader.h"
#include "server/routes.h"
#include "server/sign_in_throttle.h"
#include "server/sign_in_tokens.h"
#include "server/workspace_schema.h"

// Every sign-in runs PBKDF2 with 600 000 iterations (an unknown name too, on
// a decoy), a quarter of a second of OpenSSL's time that would make sign-in
// inputs hundreds of times slower than the rest. OpenSSL's derivation is not
// under test, so this process derives with a single iteration: passwords
// still verify against hashes made here, through the same code.
extern "C" int PKCS5_PBKDF2_HMAC(const char* pass, int passlen, const unsigned char* salt, int saltlen, int,
                                 const EVP_MD* digest, int keylen, unsigned char* out) {
    using Derive = int (*)(const char*, int, const unsigned char*, int, int, const EVP_MD*, int, unsigned char*);
    static const auto openssl = reinterpret_cast<Derive>(dlsym(RTLD_NEXT, "PKCS5_PBKDF2_HMAC"));
    return openssl(pass, passlen, salt, saltlen, 1, digest, keylen, out);
}

namespace {

using namespace wop;
namespace fs = std::filesystem;

[[noreturn]] void fail(const std::string& what) {
    std::fprintf(stderr, "portal fuzz: %s\n", what.c_str());
    std::abort();
}

class PortalUnderTest {
public:
    // Over a store made by fuzz::makePortalStore.
    explicit PortalUnderTest(const fs::path& dataDir)
        : location_{dataDir, ""},
          settings_(portalSettings(dataDir)),
          data_(location_, static_cast<std::time_t>(settings_.sessionHours) * 3600, 2),
          limiter_(settings_.requestsPerSecond, settings_.burst),
          workspaceSchema_(server::readWorkspaceSchema(settings_.partnershipSchema)),
          sessionsStore_(location_) {}

    // What the portal answers `request`, or nothing when its reader refuses
    // it before the handler sees it (the listener then answers 400 or 411).
    std::string exchange(std::string_view request) {
        fuzz::restoreFixedSessions(sessionsStore_.database());
        server::RequestReader reader([this](const Poco::Net::HTTPRequest& head) { return server::bodyLimit(head, settings_); });
        if (reader.add(request) != server::RequestReader::State::Complete) return "";
        // A regenerator of its own, whose end waits for the regeneration the
        // input started, and a sign-in throttle that has seen no failure:
        // nothing of one input runs on into the next, where a leak check or a
        // crash would blame the wrong input, or a failure would turn later
        // sign-ins away before they reach the routes.
        server::Regenerator regenerator(location_, settings_.batch);
        server::SignInThrottle signInThrottle(settings_.signInsPerSecond, settings_.signInBurst);
        server::PortalContext context{settings_,      data_,         regenerator,
                                      signInThrottle, signInTokens_, workspaceSchema_,
                                      Poco::Logger::get("wopdocs.portal")};
        server::PortalRequestHandler handler(context, limiter_);
        std::ostringstream answer;
        handler.handle(reader.request(), Poco::Net::SocketAddress("127.0.0.1", 50000), answer);
        return answer.str();
    }

private:
    static server::PortalSettings portalSettings(const fs::path& dataDir) {
        server::PortalSettings settings;
        settings.port = 0;
        // Every input comes from 127.0.0.1: a real limit would answer 429 to nearly all.
        settings.requestsPerSecond = 1e9;
        settings.burst = 1e9;
        settings.signInsPerSecond = 1e9;
        settings.signInBurst = 1e9;
        // A facilitator's regeneration fails at once for want of templates:
        // the batch is not what this target is about, the route is.
        settings.batch.render.templates = dataDir / "no-templates";
        settings.partnershipSchema = WOPDOCS_SOURCE_DIR "/docs/partnership.schema.json";
        return settings;
    }

    store::StoreLocation location_;
    server::PortalSettings settings_;
    server::PortalData data_;
    server::RateLimiter limiter_;
    server::SignInTokens signInTokens_;
    server::FieldSpec workspaceSchema_;
    store::Store sessionsStore_;
};

fs::path& dataDir() {
    static fs::path dir;
    return dir;
}

std::unique_ptr<PortalUnderTest>& portal() {
    static std::unique_ptr<PortalUnderTest> instance;
    return instance;
}

// The text a partnership's documents show: its id (listings, links, PDFs);
// the road map's PDF and listing name it "program.roadmap".
std::string markerOf(const std::string& owner) {
    return owner == store::programKey ? owner + ".roadmap" : owner;
}

// The request's session cookie as the portal reads it, through the same
// reader. The portal answers one request per connection, so only the first
// counts.
std::string sessionCookieOf(std::string_view request) {
    server::RequestReader reader([](const Poco::Net::HTTPRequest&) { return std::size_t{0}; });
    reader.add(request);
    if (!reader.headRead()) return "";
    Poco::Net::NameValueCollection cookies;
    reader.request().head.getCookies(cookies);
    return cookies.get("wopdocs_session", "");
}

// No answer may show a partnership or the road map unless the request
// carried the cookie of a session that may see it. A session opened by a
// sign-in in the same input cannot be used by it: its cookie is new.
void checkAuthorization(std::string_view request, const std::string& answer) {
    const std::string cookie = sessionCookieOf(request);
    for (const std::string& owner : fuzz::documentOwners()) {
        if (answer.find(markerOf(owner)) == std::string::npos) continue;
        const bool allowed = std::any_of(fuzz::fixedSessions().begin(), fuzz::fixedSessions().end(), [&](const auto& s) {
            return s.cookie == cookie && std::find(s.sees.begin(), s.sees.end(), owner) != s.sees.end();
        });
        if (!allowed) fail("an answer shows " + owner + " to a request without a session that may see it");
    }
}

}  // namespace

extern "C" int LLVMFuzzerInitialize(int*, char***) {
    const fs::path base = fs::exists("/dev/shm") ? fs::path("/dev/shm") : fs::temp_directory_path();
    dataDir() = base / ("wopdocs-fuzz-portal-" + std::to_string(getpid()));
    fs::remove_all(dataDir());
    fuzz::makePortalStore({dataDir() / "data", ""}, WOPDOCS_SOURCE_DIR "/samples");
    portal() = std::make_unique<PortalUnderTest>(dataDir() / "data");
    std::atexit([] {
        portal().reset();
        std::error_code ignored;
        fs::remove_all(dataDir(), ignored);
    });
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    const std::string_view request(reinterpret_cast<const char*>(data), size);
    checkAuthorization(request, portal()->exchange(request));
    return 0;
}
