#include "server/portal_request_handler.h"

#include "server/client_address.h"
#include "server/exchange.h"
#include "server/route_handlers.h"
#include "server/routes.h"

namespace wop::server {

namespace {

// For the log: the request target as sent, cut short and without control characters.
std::string printable(const std::string& target) {
    std::string out;
    for (char c : target.substr(0, 200)) out += static_cast<unsigned char>(c) < 0x20 || c == 0x7f ? '?' : c;
    return out;
}

}  // namespace

void PortalRequestHandler::handle(ReceivedRequest& received, const Poco::Net::SocketAddress& peer, std::ostream& out) {
    const Poco::Net::HTTPRequest& request = received.head;
    Exchange exchange(request, clientAddress(request, peer.host(), context_.settings.trustedProxies), out,
                      context_.settings.secureCookies);
    try {
        if (!limiter_.allow(exchange.client())) {
            exchange.setHeader("Retry-After", "1");
            exchange.sendError(429);
        } else if (received.bodyTooLarge) {
            exchange.sendError(413, isUpload(request) ? "The file is larger than the " +
                                                            context_.settings.uploads.maxSize() +
                                                            " a signed copy may be. Nothing was kept."
                                                      : "");
        } else {
            exchange.body = std::move(received.body);
            const std::string cookie = exchange.cookie(handlers::sessionCookie);
            if (!cookie.empty()) exchange.session = context_.data.session(cookie);
            dispatch(context_, exchange);
        }
    } catch (const std::exception& e) {
        context_.log.error(request.getMethod() + " " + printable(request.getURI()) + ": " + e.what());
        if (!exchange.responded()) exchange.sendError(500);
    }
    if (context_.log.information())
        context_.log.information(exchange.client() + " " + request.getMethod() + " " + printable(request.getURI()) + " " +
                                 std::to_string(exchange.status()) +
                                 (exchange.session ? " " + exchange.session->account.name : ""));
}

}  // namespace wop::server
