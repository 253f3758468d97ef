// One request and its response, as the portal's routes see them: the body
// (read within its limit), the client's address, the session, the path's
// parameters, and ways to answer that all add the same security headers
// and close the connection after. A HEAD request gets the answer's head
// alone. Error answers say only the status: no exception text, no path.
#pragma once

#include <cstdint>
#include <filesystem>
#include <optional>
#include <ostream>
#include <string>
#include <vector>

#include <Poco/JSON/Array.h>
#include <Poco/JSON/Object.h>
#include <Poco/Net/HTTPRequest.h>
#include <Poco/Net/HTTPResponse.h>

#include "model/text.h"
#include "server/sessions.h"

namespace wop::server {

class Exchange {
public:
    // `client`: the address the request is from (client_address.h).
    Exchange(const Poco::Net::HTTPRequest& request, std::string client, std::ostream& out, bool secureCookies);

    const Poco::Net::HTTPRequest& request() const { return request_; }
    const std::string& client() const { return client_; }
    bool isApi() const { return api_; }
    bool responded() const { return responded_; }
    int status() const { return static_cast<int>(response_.getStatus()); }

    std::string body;
    std::optional<Session> session;
    std::vector<std::string> params;  // the path's variable parts, in order
    model::Lang lang = model::Lang::En;  // the reader's (interface_language.h), for pages and errors

    std::string cookie(const std::string& name) const;
    void setCookie(const std::string& name, const std::string& value, int maxAgeSeconds);
    void clearCookie(const std::string& name);
    void setHeader(const std::string& name, const std::string& value) { response_.set(name, value); }

    void sendHtml(int status, const std::string& page);
    void sendJson(int status, const Poco::JSON::Object::Ptr& json);
    void sendJson(int status, const Poco::JSON::Array::Ptr& json);
    void sendCss(const std::string& css);
    // The status alone: JSON {"error": reason} for the API, a short page
    // otherwise, with `detail` under it when given (words for the user, never
    // an exception's text).
    void sendError(int status, const std::string& detail = "");
    void redirect(const std::string& location);  // 303 See Other
    void sendNoContent();
    // `content` as an attachment named `filename` (no quotes in it).
    void sendAttachment(const std::string& contentType, const std::string& filename, const std::string& content);
    // A PDF as an attachment named `filename` (the registry's name, no quotes in it).
    void sendPdf(const std::filesystem::path& path, const std::string& filename);
    // A file as it is, which the client may keep as `cacheControl` says.
    void sendFile(const std::filesystem::path& path, const std::string& contentType, const std::string& cacheControl);

private:
    void send(int status, const std::string& contentType, const std::string& content);
    void begin(int status);
    // Writes the status line and headers, saying the body's length.
    void writeHead(std::uint64_t contentLength);

    const Poco::Net::HTTPRequest& request_;
    std::string client_;
    std::ostream& out_;
    Poco::Net::HTTPResponse response_;
    bool headOnly_;
    bool api_;
    bool secureCookies_;
    bool responded_ = false;
};

}  // namespace wop::server
