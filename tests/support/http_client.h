// HTTP to a portal on 127.0.0.1, as any client speaks it: the portal the
// tests start in their own process, or `wopdocs serve` processes.
#pragma once

#include <map>
#include <string>
#include <vector>

namespace wop::test {

inline const std::string password = "correct horse battery staple";

struct HttpResponse {
    int status = 0;
    std::string body;
    std::string contentType;
    std::vector<std::string> setCookies;  // each Set-Cookie header as sent
    std::map<std::string, std::string> headers;
};

struct HttpRequest {
    std::string method = "GET";
    std::string target = "/";
    std::string body;
    std::string contentType;
    std::map<std::string, std::string> headers;
    std::string cookie;  // the Cookie header
    bool chunked = false;  // the body without a length
};

// Who asks: a signed-in account's session cookie and CSRF token, or nobody.
struct Client {
    std::string cookie;  // "wopdocs_session=..."; empty for nobody
    std::string csrf;
};

// `request` to the portal on 127.0.0.1:port.
HttpResponse sendTo(int port, const HttpRequest& request);
// `POST /api/session` with `name` and `secret`.
HttpRequest apiSignIn(const std::string& name, const std::string& secret);
// Signs in as `name` with `password`, through the API; throws when refused.
Client signInAt(int port, const std::string& name);

}  // namespace wop::test
