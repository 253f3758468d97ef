#include "server/portal_request_handler.h"

#include <regex>

#include "server/client_address.h"
#include "server/interface_language.h"
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

// The reader's language (interface_language.h). A switch (?lang=ur) is
// remembered in their session, and in a cookie for the pages they see
// signed out, which the next session starts from.
model::Lang readersLanguage(PortalData& data, Exchange& exchange) {
    static const std::regex switchParameter(R"([?&]lang=([a-z]{2})(?:&|#|$))");
    std::smatch match;
    const std::string& target = exchange.request().getURI();
    LanguageAsked asked;
    if (std::regex_search(target, match, switchParameter)) asked.switched = match[1];
    asked.remembered = exchange.session && !exchange.session->lang.empty() ? exchange.session->lang
                                                                            : exchange.cookie(languageCookie);
    asked.acceptLanguage = exchange.request().get("Accept-Language", "");
    const model::Lang lang = interfaceLanguage(asked);
    if (interfaceLanguageNamed(asked.switched) && asked.switched != asked.remembered) {
        if (exchange.session) data.setSessionLanguage(exchange.session->id, asked.switched);
        exchange.setCookie(languageCookie, asked.switched, languageCookieSeconds);
    }
    return lang;
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
            exchange.lang = readersLanguage(context_.data, exchange);
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
