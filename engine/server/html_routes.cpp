#include <sstream>

#include <Poco/Exception.h>
#include <Poco/Net/HTMLForm.h>
#include <openssl/crypto.h>

#include "server/html.h"
#include "server/html_pages.h"
#include "server/random_token.h"
#include "server/route_handlers.h"
#include "server/visibility.h"

namespace wop::server::handlers {

namespace {

// Before a session exists, the sign-in form is protected by a token both in
// a cookie and in the form (double submit): another site can set neither.
constexpr const char* signInCookie = "wopdocs_signin";
constexpr int signInFormSeconds = 3600;

void showSignInForm(Exchange& exchange, int status, bool failed) {
    const std::string token = randomToken();
    exchange.setCookie(signInCookie, token, signInFormSeconds);
    exchange.sendHtml(status, html::signInPage(token, failed));
}

bool sameToken(const std::string& a, const std::string& b) {
    return !a.empty() && a.size() == b.size() && CRYPTO_memcmp(a.data(), b.data(), a.size()) == 0;
}

// The fields of a form sent as application/x-www-form-urlencoded; none
// when the body is no such form (the token check then refuses it).
Poco::Net::NameValueCollection formOf(Exchange& exchange) {
    Poco::Net::HTMLForm form;
    form.setFieldLimit(10);
    std::istringstream body(exchange.body);
    try {
        form.load(exchange.request(), body);
    } catch (const Poco::Exception&) {
        return {};
    }
    return form;
}

}  // namespace

void home(PortalContext&, Exchange& exchange) {
    exchange.redirect(exchange.session ? "/partnerships" : "/sign-in");
}

void styleSheet(PortalContext&, Exchange& exchange) {
    exchange.sendCss(html::styleSheet());
}

void signInForm(PortalContext&, Exchange& exchange) {
    if (exchange.session) return exchange.redirect("/partnerships");
    showSignInForm(exchange, 200, false);
}

void signIn(PortalContext& context, Exchange& exchange) {
    const Poco::Net::NameValueCollection form = formOf(exchange);
    if (!sameToken(form.get("csrf", ""), exchange.cookie(signInCookie))) return exchange.sendError(403);
    const auto session = context.data.signIn(form.get("name", ""), form.get("password", ""));
    if (!session) {
        context.log.notice("sign-in refused for a user name from " + exchange.request().clientAddress().host().toString());
        return showSignInForm(exchange, 401, true);
    }
    exchange.setCookie(sessionCookie, session->id, context.settings.sessionHours * 3600);
    exchange.clearCookie(signInCookie);
    exchange.redirect("/partnerships");
}

void signOut(PortalContext& context, Exchange& exchange) {
    context.data.signOut(exchange.session->id);
    exchange.clearCookie(sessionCookie);
    exchange.redirect("/sign-in");
}

void partnershipsPage(PortalContext& context, Exchange& exchange) {
    const Visibility visible(context.data, exchange.session->account);
    exchange.sendHtml(200, html::partnershipsPage(*exchange.session, visible.partnerships()));
}

void documentsPage(PortalContext& context, Exchange& exchange) {
    const Visibility visible(context.data, exchange.session->account);
    const auto heading = visible.documentsOf(exchange.params[0]);
    if (!heading) return exchange.sendError(404);
    std::optional<Regenerator::Status> regeneration;
    if (exchange.session->account.isFacilitator()) regeneration = context.regenerator.status();
    exchange.sendHtml(200, html::documentsPage(*exchange.session, *heading,
                                               listDocuments(context.data.documentsOf(heading->id)), regeneration));
}

void regenerateForm(PortalContext& context, Exchange& exchange) {
    const std::string& id = exchange.params[0];
    const Visibility visible(context.data, exchange.session->account);
    if (id == store::programKey || !visible.documentsOf(id)) return exchange.sendError(404);
    if (!context.regenerator.start(id)) return exchange.sendError(409);
    exchange.redirect("/partnerships/" + id);
}

}  // namespace wop::server::handlers
