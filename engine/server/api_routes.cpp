#include <Poco/Exception.h>
#include <Poco/JSON/Parser.h>
#include <Poco/Net/MediaType.h>

#include "server/api_json.h"
#include "server/document_preview.h"
#include "server/route_handlers.h"
#include "server/sign_in.h"
#include "server/visibility.h"
#include "store/document_record.h"

namespace wop::server::handlers {

namespace {

// {"name": "...", "password": "..."}; nothing for any other body.
std::optional<std::pair<std::string, std::string>> credentialsOf(const std::string& body) {
    try {
        const auto json = Poco::JSON::Parser().parse(body).extract<Poco::JSON::Object::Ptr>();
        if (!json) return std::nullopt;
        const auto name = json->get("name"), password = json->get("password");
        if (!name.isString() || !password.isString()) return std::nullopt;
        return std::pair{name.toString(), password.toString()};
    } catch (const Poco::Exception&) {
        return std::nullopt;
    }
}

}  // namespace

void sessionGet(PortalContext&, Exchange& exchange) {
    exchange.sendJson(200, api::sessionJson(*exchange.session));
}

void sessionOpen(PortalContext& context, Exchange& exchange) {
    // JSON only: a form on another site cannot send it without the browser asking first.
    if (Poco::Net::MediaType(exchange.request().getContentType()).getSubType() != "json") return exchange.sendError(415);
    const auto credentials = credentialsOf(exchange.body);
    if (!credentials) return exchange.sendError(400);
    const SignInAttempt attempt = attemptSignIn(context, exchange, credentials->first, credentials->second);
    if (attempt.retryAfter) {
        exchange.setHeader("Retry-After", std::to_string(*attempt.retryAfter));
        return exchange.sendError(429);
    }
    if (!attempt.session) return exchange.sendError(401);
    exchange.setCookie(sessionCookie, attempt.session->id, context.settings.sessionHours * 3600);
    exchange.sendJson(200, api::sessionJson(*attempt.session));
}

void sessionClose(PortalContext& context, Exchange& exchange) {
    context.data.signOut(exchange.session->id);
    exchange.clearCookie(sessionCookie);
    exchange.sendNoContent();
}

void partnershipsList(PortalContext& context, Exchange& exchange) {
    exchange.sendJson(200, api::partnershipsJson(Visibility(context.data, exchange.session->account).partnerships()));
}

void documentsList(PortalContext& context, Exchange& exchange) {
    const Visibility visible(context.data, exchange.session->account);
    const auto heading = visible.documentsOf(exchange.params[0]);
    if (!heading) return exchange.sendError(404);
    exchange.sendJson(200, api::documentsJson(
                                listDocuments(visible.versionsOf(heading->id), context.data.signedCopiesOf(heading->id))));
}

namespace {

// The document the address names, and its file, when the reader may see it
// and the file is there; else the error is sent.
std::optional<std::pair<store::DocumentRecord, std::filesystem::path>> visibleFile(PortalContext& context,
                                                                                    Exchange& exchange) {
    const auto record = Visibility(context.data, exchange.session->account).document(exchange.params[0]);
    if (!record) {
        exchange.sendError(404);
        return std::nullopt;
    }
    std::filesystem::path file = context.data.fileOf(*record);
    if (!std::filesystem::is_regular_file(file)) {
        context.log.error("the registry's file " + record->path + " is missing");
        exchange.sendError(404);
        return std::nullopt;
    }
    return std::pair{*record, std::move(file)};
}

}  // namespace

void download(PortalContext& context, Exchange& exchange) {
    if (const auto found = visibleFile(context, exchange))
        exchange.sendPdf(found->second, store::deliveredFileName(found->first));
}

void documentPreview(PortalContext& context, Exchange& exchange) {
    const auto found = visibleFile(context, exchange);
    if (!found) return;
    try {
        // Named by the PDF's SHA-256: a file that never changes.
        exchange.sendFile(server::documentPreview(found->second, found->first.pdfSha256, context.data.dataDir()),
                          "image/png", "private, max-age=31536000, immutable");
    } catch (const std::exception& e) {
        context.log.error("no preview of " + found->first.path + ": " + e.what());
        exchange.sendError(500);
    }
}

void regenerate(PortalContext& context, Exchange& exchange) {
    const std::string& id = exchange.params[0];
    if (id == store::programKey || !Visibility(context.data, exchange.session->account).documentsOf(id))
        return exchange.sendError(404);
    if (!context.regenerator.start(id)) return exchange.sendError(409);
    exchange.sendJson(202, api::regenerationJson(context.regenerator.status()));
}

void regenerationStatus(PortalContext& context, Exchange& exchange) {
    exchange.sendJson(200, api::regenerationJson(context.regenerator.status()));
}

}  // namespace wop::server::handlers
