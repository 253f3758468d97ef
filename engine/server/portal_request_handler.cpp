#include "server/portal_request_handler.h"

#include <istream>

#include "server/exchange.h"
#include "server/route_handlers.h"
#include "server/routes.h"

namespace wop::server {

namespace {

// Reads the body unless it is longer than `limit`; false then.
bool readBody(Poco::Net::HTTPServerRequest& request, std::size_t limit, std::string& body) {
    const auto declared = request.getContentLength64();
    if (declared != Poco::Net::HTTPMessage::UNKNOWN_CONTENT_LENGTH && static_cast<std::size_t>(declared) > limit)
        return false;
    if (declared == 0 || (declared == Poco::Net::HTTPMessage::UNKNOWN_CONTENT_LENGTH && !request.getChunkedTransferEncoding()))
        return true;
    std::istream& in = request.stream();
    body.resize(limit + 1);
    in.read(body.data(), static_cast<std::streamsize>(body.size()));
    body.resize(static_cast<std::size_t>(in.gcount()));
    return body.size() <= limit;
}

// For the log: the request target as sent, cut short and without control characters.
std::string printable(const std::string& target) {
    std::string out;
    for (char c : target.substr(0, 200)) out += static_cast<unsigned char>(c) < 0x20 || c == 0x7f ? '?' : c;
    return out;
}

}  // namespace

void PortalRequestHandler::handleRequest(Poco::Net::HTTPServerRequest& request, Poco::Net::HTTPServerResponse& response) {
    Exchange exchange(request, response, context_.settings.secureCookies);
    const std::string client = request.clientAddress().host().toString();
    try {
        if (request.getVersion() != Poco::Net::HTTPMessage::HTTP_1_0 &&
            request.getVersion() != Poco::Net::HTTPMessage::HTTP_1_1) {
            response.setVersion(Poco::Net::HTTPMessage::HTTP_1_1);  // not the version the client made up
            exchange.closeAfterResponse();
            exchange.sendError(400);
        } else if (!limiter_.allow(client)) {
            exchange.setHeader("Retry-After", "1");
            exchange.closeAfterResponse();
            exchange.sendError(429);
        } else if (!readBody(request, bodyLimit(request, context_.settings), exchange.body)) {
            exchange.closeAfterResponse();  // the rest of the body is never read
            exchange.sendError(413, isUpload(request) ? "The file is larger than the " +
                                                            context_.settings.uploads.maxSize() +
                                                            " a signed copy may be. Nothing was kept."
                                                      : "");
        } else {
            const std::string cookie = exchange.cookie(handlers::sessionCookie);
            if (!cookie.empty()) exchange.session = context_.data.session(cookie);
            dispatch(context_, exchange);
        }
    } catch (const std::exception& e) {
        context_.log.error(request.getMethod() + " " + printable(request.getURI()) + ": " + e.what());
        if (!exchange.responded()) {
            exchange.closeAfterResponse();
            exchange.sendError(500);
        }
    }
    if (context_.log.information())
        context_.log.information(client + " " + request.getMethod() + " " + printable(request.getURI()) + " " +
                                 std::to_string(exchange.status()) +
                                 (exchange.session ? " " + exchange.session->account.name : ""));
}

}  // namespace wop::server
