#include "server/exchange.h"

#include <fstream>
#include <sstream>
#include <stdexcept>

#include <Poco/DateTimeFormat.h>
#include <Poco/DateTimeFormatter.h>
#include <Poco/Timestamp.h>

#include <Poco/Net/HTTPCookie.h>
#include <Poco/Net/NameValueCollection.h>

#include "server/api_json.h"
#include "server/html_pages.h"
#include "server/portal_sentences.h"

namespace wop::server {

namespace {

using Poco::Net::HTTPResponse;

// What every answer says about how it may be used: no framing, no
// sniffing, no referrer, only the portal's own style sheet, font and forms.
void addSecurityHeaders(HTTPResponse& response) {
    response.set("X-Content-Type-Options", "nosniff");
    response.set("X-Frame-Options", "DENY");
    response.set("Referrer-Policy", "no-referrer");
    response.set("Content-Security-Policy",
                 "default-src 'none'; style-src 'self'; img-src 'self'; font-src 'self'; form-action 'self'; "
                 "frame-ancestors 'none'; base-uri 'none'");
}

}  // namespace

Exchange::Exchange(const Poco::Net::HTTPRequest& request, std::string client, std::ostream& out, bool secureCookies)
    : request_(request),
      client_(std::move(client)),
      out_(out),
      response_(Poco::Net::HTTPMessage::HTTP_1_1, Poco::Net::HTTPResponse::HTTP_OK),
      headOnly_(request.getMethod() == Poco::Net::HTTPRequest::HTTP_HEAD),
      api_(request.getURI().starts_with("/api/")),
      secureCookies_(secureCookies) {}

std::string Exchange::cookie(const std::string& name) const {
    Poco::Net::NameValueCollection cookies;
    request_.getCookies(cookies);
    return cookies.get(name, "");
}

void Exchange::setCookie(const std::string& name, const std::string& value, int maxAgeSeconds) {
    Poco::Net::HTTPCookie cookie(name, value);
    cookie.setPath("/");
    cookie.setHttpOnly(true);
    cookie.setSameSite(Poco::Net::HTTPCookie::SAME_SITE_STRICT);
    cookie.setSecure(secureCookies_);
    cookie.setMaxAge(maxAgeSeconds);
    response_.addCookie(cookie);
}

void Exchange::clearCookie(const std::string& name) {
    setCookie(name, "", 0);
}

void Exchange::begin(int status) {
    response_.setStatusAndReason(static_cast<HTTPResponse::HTTPStatus>(status));
    addSecurityHeaders(response_);
    responded_ = true;
}

void Exchange::writeHead(std::uint64_t contentLength) {
    response_.setContentLength64(static_cast<std::streamsize>(contentLength));
    response_.setKeepAlive(false);  // one request a connection (docs/delivery.md, Limits)
    response_.set("Date", Poco::DateTimeFormatter::format(Poco::Timestamp(), Poco::DateTimeFormat::HTTP_FORMAT));
    response_.write(out_);
}

void Exchange::send(int status, const std::string& contentType, const std::string& content) {
    begin(status);
    response_.set("Cache-Control", "no-store");
    response_.setContentType(contentType);
    writeHead(content.size());
    if (!headOnly_) out_ << content;
}

void Exchange::sendHtml(int status, const std::string& page) {
    send(status, "text/html; charset=utf-8", page);
}

void Exchange::sendJson(int status, const Poco::JSON::Object::Ptr& json) {
    std::ostringstream out;
    json->stringify(out);
    send(status, "application/json", out.str());
}

void Exchange::sendJson(int status, const Poco::JSON::Array::Ptr& json) {
    std::ostringstream out;
    json->stringify(out);
    send(status, "application/json", out.str());
}

void Exchange::sendCss(const std::string& css) {
    send(200, "text/css; charset=utf-8", css);
}

void Exchange::sendError(int status, const std::string& detail) {
    if (api_)
        sendJson(status, api::errorJson(HTTPResponse::getReasonForStatus(static_cast<HTTPResponse::HTTPStatus>(status))));
    else sendHtml(status, html::errorPage(status, html::errorHeading(status, lang), session, detail, lang));
}

void Exchange::redirect(const std::string& location) {
    begin(303);
    response_.set("Location", location);
    response_.set("Cache-Control", "no-store");
    writeHead(0);
}

void Exchange::sendNoContent() {
    begin(204);
    writeHead(0);
}

void Exchange::sendAttachment(const std::string& contentType, const std::string& filename, const std::string& content) {
    response_.set("Content-Disposition", "attachment; filename=\"" + filename + "\"");
    send(200, contentType, content);
}

void Exchange::sendPdf(const std::filesystem::path& path, const std::string& filename) {
    response_.set("Content-Disposition", "attachment; filename=\"" + filename + "\"");
    sendFile(path, "application/pdf", "private, no-store");
}

void Exchange::sendFile(const std::filesystem::path& path, const std::string& contentType,
                        const std::string& cacheControl) {
    std::ifstream file(path, std::ios::binary);
    if (!file) throw std::runtime_error("cannot read " + path.string());
    begin(200);
    response_.set("Cache-Control", cacheControl);
    response_.setContentType(contentType);
    writeHead(std::filesystem::file_size(path));
    if (!headOnly_) out_ << file.rdbuf();
}

}  // namespace wop::server
