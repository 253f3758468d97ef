// Any bytes as what a client sends the portal on one connection: a request
// (the portal answers one per connection) or garbage. They travel over a
// real loopback TCP connection into Poco's HTTP server connection, which
// parses the request line, headers and bodies (sized or chunked) and hands
// each request to the portal's own handler: rate limit, body limit, the
// session from the cookie, routes, CSRF checks, the routes' forms and JSON,
// and authorization against a store (portal_store.h). Whatever arrives, the
// portal must answer without crashing, hanging or leaking, and must show a
// partnership or document only to a connection that carries the cookie of
// a session allowed to see it.
#include <openssl/evp.h>

#include <dlfcn.h>
#include <unistd.h>

#include <algorithm>
#include <csignal>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <memory>
#include <string>
#include <sstream>
#include <string_view>
#include <thread>

#include <Poco/Net/HTTPRequest.h>
#include <Poco/Net/HTTPServerConnection.h>
#include <Poco/Net/NameValueCollection.h>
#include <Poco/Net/ServerSocket.h>
#include <Poco/Net/StreamSocket.h>

#include "portal_store.h"
#include "server/portal_context.h"
#include "server/portal_request_handler_factory.h"

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
          data_(location_, static_cast<std::time_t>(settings_.sessionHours) * 3600),
          limiter_(settings_.requestsPerSecond, settings_.burst),
          params_(new Poco::Net::HTTPServerParams),
          listener_(Poco::Net::SocketAddress("127.0.0.1", 0)),
          sessionsStore_(location_) {
        // As Portal sets them.
        params_->setKeepAlive(false);
        params_->setTimeout(Poco::Timespan(15, 0));
        params_->setServerName("wopdocs");
    }

    // Sends `request` on a fresh connection and returns all the portal answered.
    std::string exchange(std::string_view request) {
        fuzz::restoreFixedSessions(sessionsStore_.database());
        // A regenerator of its own, whose end waits for the regeneration the
        // input started: nothing of one input runs on into the next, where a
        // leak check or a crash would blame the wrong input.
        server::Regenerator regenerator(location_, settings_.batch);
        server::PortalContext context{settings_, data_, regenerator, Poco::Logger::get("wopdocs.portal")};
        const Poco::Net::HTTPRequestHandlerFactory::Ptr factory(new server::PortalRequestHandlerFactory(context, limiter_));
        Poco::Net::StreamSocket client(listener_.address());
        Poco::Net::StreamSocket server = listener_.acceptConnection();
        std::string answer;
        // The client writes everything, then reads until the portal closes,
        // beside the server so that neither waits on a full socket buffer.
        std::thread peer([&] {
            try {
                client.sendBytes(request.data(), static_cast<int>(request.size()));
                client.shutdownSend();
            } catch (const Poco::Exception&) {
                // The portal may close before reading everything (413, 400): what it said still counts.
            }
            char buffer[16384];
            try {
                for (int n; (n = client.receiveBytes(buffer, sizeof buffer)) > 0;) answer.append(buffer, static_cast<std::size_t>(n));
            } catch (const Poco::Exception&) {
                // Reset after the answer: also what a client sees.
            }
        });
        try {
            Poco::Net::HTTPServerConnection(server, params_, factory).run();
        } catch (const Poco::Exception&) {
            // What TCPServer's dispatcher catches too: the connection failed, the server goes on.
        }
        server.close();
        peer.join();
        client.setLinger(true, 0);  // no TIME_WAIT: thousands of connections a second would use up the ports
        client.close();
        return answer;
    }

private:
    static server::PortalSettings portalSettings(const fs::path& dataDir) {
        server::PortalSettings settings;
        settings.port = 0;
        // Every input comes from 127.0.0.1: a real limit would answer 429 to nearly all.
        settings.requestsPerSecond = 1e9;
        settings.burst = 1e9;
        // A facilitator's regeneration fails at once for want of templates:
        // the batch is not what this target is about, the route is.
        settings.batch.render.templates = dataDir / "no-templates";
        return settings;
    }

    store::StoreLocation location_;
    server::PortalSettings settings_;
    server::PortalData data_;
    server::RateLimiter limiter_;
    Poco::Net::HTTPServerParams::Ptr params_;
    Poco::Net::ServerSocket listener_;
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

// The request's session cookie as the portal reads it: Poco 1.11 drops every
// byte 0xFF of a request's head (portal.cpp) and undoes quoting and encoded
// words in header values. The portal answers one request per connection, so
// only the first counts.
std::string sessionCookieOf(std::string_view request) {
    std::string head(request);
    std::erase(head, '\xff');
    std::istringstream in(head);
    Poco::Net::HTTPRequest parsed;
    try {
        parsed.read(in);
    } catch (const Poco::Exception&) {
        return "";  // the portal could not read it either
    }
    Poco::Net::NameValueCollection cookies;
    parsed.getCookies(cookies);
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
    std::signal(SIGPIPE, SIG_IGN);  // a write to a closed connection is an error to handle, not the end
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
