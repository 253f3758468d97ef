#include "server/routes.h"

#include <regex>
#include <string_view>

#include <openssl/crypto.h>

#include "server/route_handlers.h"
#include "server/upload_form.h"

namespace wop::server {

namespace {

enum class Access { Anyone, SignedIn, Facilitator };

struct Route {
    std::string_view method;
    // Segments of the path; "*" stands for a parameter.
    std::vector<std::string_view> path;
    Access access;
    // A change: the session's CSRF token must come with it, in the form's
    // `csrf` field (pages) or the X-CSRF-Token header (API).
    bool changes;
    handlers::Handler* handle;
};

using namespace handlers;

const std::vector<Route>& routes() {
    static const std::vector<Route> table = {
        {"GET", {}, Access::Anyone, false, home},
        {"GET", {"style.css"}, Access::Anyone, false, styleSheet},
        {"GET", {"fonts", "urdu.ttf"}, Access::Anyone, false, urduFont},  // the style sheet's @font-face
        {"GET", {"sign-in"}, Access::Anyone, false, signInForm},
        {"POST", {"sign-in"}, Access::Anyone, false, signIn},
        {"POST", {"sign-out"}, Access::SignedIn, true, signOut},
        {"GET", {"verify"}, Access::Anyone, false, verifyForm},
        {"GET", {"verify", "*"}, Access::Anyone, false, verifyDocument},
        // Changes nothing, and asks nobody to sign in: no CSRF token.
        {"POST", {"verify"}, Access::Anyone, false, verifyUpload},
        {"GET", {"partnerships"}, Access::SignedIn, false, partnershipsPage},
        {"GET", {"partnerships", "*"}, Access::SignedIn, false, documentsPage},
        {"GET", {"due"}, Access::Facilitator, false, duePage},
        {"POST", {"partnerships", "*", "regenerate"}, Access::Facilitator, true, regenerateForm},
        {"POST", {"partnerships", "*", "signed-copies"}, Access::SignedIn, true, signedCopyUpload},
        {"GET", {"workspace"}, Access::Facilitator, false, workspaceIndex},
        {"POST", {"workspace"}, Access::Facilitator, true, workspaceCreate},
        {"GET", {"workspace", "*"}, Access::Facilitator, false, workspaceOpen},
        {"GET", {"workspace", "*", "history"}, Access::Facilitator, false, workspaceHistory},
        {"GET", {"workspace", "*", "json"}, Access::Facilitator, false, workspaceJson},
        {"POST", {"workspace", "*", "json"}, Access::Facilitator, true, workspaceJsonUpload},
        {"GET", {"workspace", "*", "*"}, Access::Facilitator, false, workspaceStep},
        {"POST", {"workspace", "*", "*"}, Access::Facilitator, true, workspaceSave},
        {"GET", {"api", "session"}, Access::SignedIn, false, sessionGet},
        {"POST", {"api", "session"}, Access::Anyone, false, sessionOpen},
        {"DELETE", {"api", "session"}, Access::SignedIn, true, sessionClose},
        {"GET", {"api", "partnerships"}, Access::SignedIn, false, partnershipsList},
        {"GET", {"api", "partnerships", "*", "documents"}, Access::SignedIn, false, documentsList},
        {"GET", {"api", "documents", "*", "download"}, Access::SignedIn, false, download},
        {"GET", {"api", "documents", "*", "preview.png"}, Access::SignedIn, false, documentPreview},
        {"POST", {"api", "partnerships", "*", "regenerate"}, Access::Facilitator, true, regenerate},
        {"GET", {"api", "regeneration"}, Access::Facilitator, false, regenerationStatus},
    };
    return table;
}

// The path's segments, from the raw request target: percent-escapes are not
// decoded, so a segment with anything but a-z 0-9 . - matches no route.
std::vector<std::string> segmentsOf(const std::string& uri) {
    std::vector<std::string> segments;
    const std::string path = uri.substr(0, uri.find_first_of("?#"));
    std::size_t start = 1;
    while (start <= path.size()) {
        const std::size_t end = std::min(path.find('/', start), path.size());
        segments.push_back(path.substr(start, end - start));
        start = end + 1;
    }
    if (!segments.empty() && segments.back().empty()) segments.pop_back();  // "/" and a trailing slash
    return segments;
}

bool matches(const Route& route, const std::vector<std::string>& segments, std::vector<std::string>& params) {
    static const std::regex parameter(R"([a-z0-9][a-z0-9.-]{0,219})");
    if (route.path.size() != segments.size()) return false;
    params.clear();
    for (std::size_t i = 0; i < segments.size(); ++i) {
        if (route.path[i] == "*") {
            if (!std::regex_match(segments[i], parameter)) return false;
            params.push_back(segments[i]);
        } else if (route.path[i] != segments[i]) {
            return false;
        }
    }
    return true;
}

bool hasCsrfToken(Exchange& exchange) {
    std::string given;
    if (exchange.isApi()) {
        given = exchange.request().get("X-CSRF-Token", "");
    } else if (isMultipartForm(exchange)) {
        // The file is not kept: the route reads the form again.
        if (const auto form = readUploadForm(exchange, 0)) given = form->fields.get("csrf", "");
    } else {
        // The form's own field, without reading the body twice.
        static const std::regex field(R"((?:^|&)csrf=([0-9a-f]{64})(?:&|$))");
        std::smatch match;
        if (std::regex_search(exchange.body, match, field)) given = match[1];
    }
    const std::string& expected = exchange.session->csrfToken;
    return given.size() == expected.size() && CRYPTO_memcmp(given.data(), expected.data(), given.size()) == 0;
}

}  // namespace

bool isUpload(const Poco::Net::HTTPRequest& request) {
    const std::vector<std::string> segments = segmentsOf(request.getURI());
    if (request.getMethod() != "POST") return false;
    const bool signedCopy = segments.size() == 3 && segments[0] == "partnerships" && segments[2] == "signed-copies";
    const bool verifiedFile = segments.size() == 1 && segments[0] == "verify";
    const bool partnershipFile = segments.size() == 3 && segments[0] == "workspace" && segments[2] == "json";
    return signedCopy || verifiedFile || partnershipFile;
}

std::size_t bodyLimit(const Poco::Net::HTTPRequest& request, const PortalSettings& settings) {
    return isUpload(request) ? settings.uploads.maxBytes + settings.maxBodyBytes : settings.maxBodyBytes;
}

void dispatch(PortalContext& context, Exchange& exchange) {
    const std::vector<std::string> segments = segmentsOf(exchange.request().getURI());
    // HEAD is GET without the body, which the exchange leaves out.
    const std::string& asked = exchange.request().getMethod();
    const std::string method = asked == "HEAD" ? "GET" : asked;
    const Route* found = nullptr;
    std::string allowed;
    for (const Route& route : routes()) {
        if (!matches(route, segments, exchange.params)) continue;
        if (route.method == method) {
            found = &route;
            break;
        }
        allowed += (allowed.empty() ? "" : ", ") + std::string(route.method == "GET" ? "GET, HEAD" : route.method);
    }
    if (!found) {
        if (allowed.empty()) return exchange.sendError(404);
        exchange.setHeader("Allow", allowed);
        return exchange.sendError(405);
    }
    if (found->access != Access::Anyone && !exchange.session) {
        if (exchange.isApi()) return exchange.sendError(401);
        if (method == "GET") return exchange.redirect("/sign-in");
        return exchange.sendError(403);
    }
    if (found->access == Access::Facilitator && !exchange.session->account.isFacilitator())
        return exchange.sendError(403);
    if (found->changes && !hasCsrfToken(exchange)) return exchange.sendError(403);
    found->handle(context, exchange);
}

}  // namespace wop::server
