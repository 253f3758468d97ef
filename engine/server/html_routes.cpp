#include <ctime>

#include <Poco/URI.h>
#include <openssl/crypto.h>

#include "intake/intake.h"
#include "server/html.h"
#include "server/html_pages.h"
#include "server/portal_sentences.h"
#include "server/portal_words.h"
#include "server/sign_in.h"
#include "server/route_handlers.h"
#include "server/upload_form.h"
#include "server/url_encoded_form.h"
#include "server/verification.h"
#include "server/visibility.h"
#include "text/font_set.h"

namespace wop::server::handlers {

namespace {

// Before a session exists, the sign-in form is protected by a token both in
// a cookie and in the form (double submit), one the portal gave (sign_in_tokens.h).
constexpr const char* signInCookie = "wopdocs_signin";

void showSignInForm(PortalContext& context, Exchange& exchange, int status, bool failed) {
    const std::string token = context.signInTokens.issue(std::time(nullptr));
    exchange.setCookie(signInCookie, token, SignInTokens::lifetimeSeconds);
    exchange.sendHtml(status, html::signInPage(token, failed, exchange.lang));
}

bool sameToken(const std::string& a, const std::string& b) {
    return !a.empty() && a.size() == b.size() && CRYPTO_memcmp(a.data(), b.data(), a.size()) == 0;
}

}  // namespace

void home(PortalContext&, Exchange& exchange) {
    exchange.redirect(exchange.session ? "/partnerships" : "/sign-in");
}

void styleSheet(PortalContext&, Exchange& exchange) {
    exchange.sendCss(html::styleSheet());
}

void urduFont(PortalContext& context, Exchange& exchange) {
    const auto path = context.settings.batch.render.fonts.find(text::FontRole::Urdu);
    if (!path) return exchange.sendError(404);
    // A week: the font changes only when the program's fonts do.
    exchange.sendFile(*path, "font/ttf", "public, max-age=604800");
}

void signInForm(PortalContext& context, Exchange& exchange) {
    if (exchange.session) return exchange.redirect("/partnerships");
    showSignInForm(context, exchange, 200, false);
}

void signIn(PortalContext& context, Exchange& exchange) {
    const Poco::Net::NameValueCollection form = readUrlEncodedForm(exchange, 10);
    const std::string token = form.get("csrf", "");
    if (!sameToken(token, exchange.cookie(signInCookie)) || !context.signInTokens.isValid(token, std::time(nullptr)))
        return exchange.sendError(403);
    const SignInAttempt attempt = attemptSignIn(context, exchange, form.get("name", ""), form.get("password", ""));
    if (attempt.retryAfter) {
        exchange.setHeader("Retry-After", std::to_string(*attempt.retryAfter));
        return exchange.sendError(429, html::fill(html::words(exchange.lang).tooManySignIns,
                                                  {std::to_string(*attempt.retryAfter)}));
    }
    const auto& session = attempt.session;
    if (!session) return showSignInForm(context, exchange, 401, true);
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
    exchange.sendHtml(200, html::partnershipsPage(*exchange.session, visible.partnerships(), exchange.lang));
}

void documentsPage(PortalContext& context, Exchange& exchange) {
    const Visibility visible(context.data, exchange.session->account);
    const auto heading = visible.documentsOf(exchange.params[0]);
    if (!heading) return exchange.sendError(404);
    std::optional<Regenerator::Status> regeneration;
    if (exchange.session->account.isFacilitator()) regeneration = context.regenerator.status();
    exchange.sendHtml(200, html::documentsPage(*exchange.session, *heading,
                                               listDocuments(visible.versionsOf(heading->id),
                                                             context.data.signedCopiesOf(heading->id)),
                                               regeneration, exchange.lang));
}

void duePage(PortalContext& context, Exchange& exchange) {
    const auto program = context.data.program();
    const auto statuses = context.data.partnershipStatuses(*program, model::Date::today());
    exchange.sendHtml(200, html::duePage(*exchange.session, program->partnerships, statuses, exchange.lang));
}

void regenerateForm(PortalContext& context, Exchange& exchange) {
    const std::string& id = exchange.params[0];
    const Visibility visible(context.data, exchange.session->account);
    if (id == store::programKey || !visible.documentsOf(id)) return exchange.sendError(404);
    if (!context.regenerator.start(id)) return exchange.sendError(409);
    exchange.redirect("/partnerships/" + id);
}

void signedCopyUpload(PortalContext& context, Exchange& exchange) {
    const std::string& id = exchange.params[0];
    const Visibility visible(context.data, exchange.session->account);
    const auto heading = visible.documentsOf(id);
    if (!heading) return exchange.sendError(404);
    const intake::IntakeLimits& limits = context.settings.uploads;
    const auto form = readUploadForm(exchange, limits.maxBytes);
    if (!form) return exchange.sendError(400);
    const html::PortalWords& say = html::words(exchange.lang);
    auto refuse = [&](int status, const std::string& why) {
        exchange.sendHtml(status, html::signedCopyPage(*exchange.session, *heading, false, why, exchange.lang));
    };
    if (form->fileTooLarge) return refuse(413, html::fill(say.fileTooLarge, {limits.maxSize()}));
    if (form->file.empty()) return refuse(400, std::string(say.noFileChosen));

    intake::Upload upload;
    upload.bytes = form->file;
    upload.uploadedBy = exchange.session->account.name;
    // Copies of this page's documents only, which the account may see.
    upload.mayFile = [&](const std::string& partnership) { return partnership == id; };
    if (const std::string version = form->fields.get("version", ""); !version.empty()) {
        const auto ref = parseRegistryId(version);
        if (!ref) return refuse(400, std::string(say.notOfThisPage));
        upload.named = intake::NamedVersion{ref->key, ref->version};
    }
    try {
        const store::SignedCopy copy = context.data.receiveSignedCopy(upload, limits);
        context.log.notice("signed copy " + copy.sha256 + " of " + copy.key.str() + " v" + std::to_string(copy.version) +
                           " from " + upload.uploadedBy);
        exchange.sendHtml(200, html::signedCopyPage(*exchange.session, *heading, true,
                                                    html::copyReceived(copy, exchange.lang), exchange.lang));
    } catch (const intake::UploadRefused& e) {
        // The intake's reason stays in English: it names the file's own fields and signatures.
        refuse(422, html::fill(say.refusedBecause, {e.what()}));
    }
}

void verifyForm(PortalContext& context, Exchange& exchange) {
    const Poco::URI uri(exchange.request().getURI());
    html::VerifyQuestion question;
    for (const auto& [name, value] : uri.getQueryParameters())
        if (name == "code") question.code = value.substr(0, 40);
    const auto found = question.code.empty() ? std::nullopt : verifyCode(context.data, question.code);
    exchange.sendHtml(question.code.empty() || found ? 200 : 404, html::verifyPage(exchange.session, question, found, exchange.lang));
}

void verifyDocument(PortalContext& context, Exchange& exchange) {
    const html::VerifyQuestion question{exchange.params[0], false};
    const auto found = verifyCode(context.data, question.code);
    exchange.sendHtml(found ? 200 : 404, html::verifyPage(exchange.session, question, found, exchange.lang));
}

void verifyUpload(PortalContext& context, Exchange& exchange) {
    const auto form = readUploadForm(exchange, context.settings.uploads.maxBytes);
    if (!form || form->file.empty()) return exchange.sendError(400);
    if (form->fileTooLarge) return exchange.sendError(413);
    const auto found = verifyFile(context.data, form->file);
    exchange.sendHtml(found ? 200 : 404, html::verifyPage(exchange.session, {"", true}, found, exchange.lang));
}

}  // namespace wop::server::handlers
