// The workspace's routes (routes.cpp: the facilitator's only, their
// changes with the session's CSRF token).

#include <Poco/URI.h>

#include "batch/next_step.h"
#include "model/json_tree.h"
#include "model/loader.h"
#include "server/portal_sentences.h"
#include "server/portal_words.h"
#include "server/route_handlers.h"
#include "server/upload_form.h"
#include "server/url_encoded_form.h"
#include "server/visibility.h"
#include "server/workspace_data.h"
#include "server/workspace_form.h"
#include "server/workspace_keys.h"
#include "server/workspace_messages.h"
#include "server/workspace_pages.h"
#include "store/stored_images.h"

namespace wop::server::handlers {

namespace {

using Poco::Dynamic::Var;
using html::FormMessage;

// The warnings a form's "save with these warnings" took, if ticked.
AcceptedWarnings acceptedIn(const Poco::Net::NameValueCollection& form) {
    return {false, form.get("accept-warnings", "")};
}

// A step's form names every field of its lists' rows.
Poco::Net::NameValueCollection postedForm(Exchange& exchange) {
    return readUrlEncodedForm(exchange, 20000);
}

std::optional<std::string> queryParameter(Exchange& exchange, const std::string& name) {
    for (const auto& [key, value] : Poco::URI(exchange.request().getURI()).getQueryParameters())
        if (key == name) return value;
    return std::nullopt;
}

// The diagnostics with no field on the form; the others are shown at theirs.
std::vector<model::Diagnostic> remaining(const FormNotes& notes) {
    std::vector<model::Diagnostic> others;
    for (const auto& [path, d] : notes.diagnostics) others.push_back(d);
    return others;
}

// A step's page for `document`, the partnership file as the form shows it.
void showStep(PortalContext& context, Exchange& exchange, const WorkspaceStep& step, const Var& document, int version,
              const store::StoredImages& images, const FormMessage& message, int status,
              const std::optional<model::LoadResult>& judged = std::nullopt,
              const std::vector<std::string>& warned = {}) {
    const std::string& id = exchange.params[0];
    // What the loader says of it, for the notes at the fields.
    const model::LoadResult loaded = judged ? *judged : model::loadPartnership(model::json::write(document), "portal", images);
    FormNotes notes = FormNotes::of(loaded.diagnostics, loaded.englishOnly);
    notes.people = peopleOf(document);
    html::StepView view;
    view.partnership = id;
    view.step = &step;
    view.version = version;
    view.fields = formFields(context.workspaceSchema, step.paths(), document, notes, exchange.lang);
    view.others = remaining(notes);
    view.message = message;
    if (const model::Partnership* shown = loaded.partnership ? &*loaded.partnership : nullptr) {
        view.title = shown->title.empty() ? shown->subject : shown->title;
        view.next = batch::nextStep(*shown);
    } else {
        view.title.en = id;
    }
    const Visibility visible(context.data, exchange.session->account);
    for (ListedDocument& d : listDocuments(visible.versionsOf(id), context.data.signedCopiesOf(id)))
        if (d.latest) view.documents.push_back(std::move(d));
    view.regeneration = context.regenerator.status();
    view.warned = warned;
    if (const auto shown = workspaceFile(context.data, id, version)) view.savedWith = shown->warnings;
    exchange.sendHtml(status, html::workspaceStepPage(*exchange.session, view, exchange.lang));
}

std::string refusalOf(const WorkspaceSave& save, const html::PortalWords& say) {
    std::string text = html::fill(say.savedMeanwhileBy, {std::to_string(save.version), save.latestBy}) + " ";
    if (save.conflicts.empty()) return text + std::string(say.reopenTheStep);
    text += say.conflictsAt;
    for (const std::string& path : save.conflicts) text += " " + path;
    return text + ". " + std::string(say.yourEntriesKept);
}

void showIndex(PortalContext& context, Exchange& exchange, const Var& document, const FormNotes& given,
               const FormMessage& message, int status, const std::vector<std::string>& warned = {}) {
    FormNotes notes = given;
    const Visibility visible(context.data, exchange.session->account);
    const std::string fields = formFields(context.workspaceSchema, newPartnershipPaths(), document, notes, exchange.lang);
    exchange.sendHtml(status, html::workspaceIndex(*exchange.session, visible.partnerships(), fields, remaining(notes),
                                                   message, warned, exchange.lang));
}

Var newPartnershipSkeleton() {
    Var document;
    model::json::put(document, "format", Var(std::string("wopdocs/1")));
    return document;
}

}  // namespace

void workspaceIndex(PortalContext& context, Exchange& exchange) {
    showIndex(context, exchange, newPartnershipSkeleton(), {}, {}, 200);
}

void workspaceCreate(PortalContext& context, Exchange& exchange) {
    const html::PortalWords& say = html::words(exchange.lang);
    const Poco::Net::NameValueCollection form = postedForm(exchange);
    Var document = newPartnershipSkeleton();
    const std::string op = form.get("op", "save");
    readForm(context.workspaceSchema, newPartnershipPaths(), form, op != "save", document);
    if (op != "save") {
        // A person added, removed or moved: the form again, nothing created.
        if (!applyListAction(context.workspaceSchema, op, document)) return exchange.sendError(400);
        return showIndex(context, exchange, document, {}, {}, 200);
    }
    const std::string id = form.get("id", "");
    if (!id.empty() && workspaceFile(context.data, id))
        return showIndex(context, exchange, document, {}, {FormMessage::Kind::Refused, html::fill(say.idTaken, {id})}, 409);
    const WorkspaceSave save =
        saveWorkspaceFile(context.data, id, 0, document, exchange.session->account.name, acceptedIn(form));
    if (save.outcome == WorkspaceSave::Outcome::Warned)
        return showIndex(context, exchange, document, FormNotes::of(save.diagnostics, {}),
                         {FormMessage::Kind::Refused, std::string(say.notSavedForWarnings)}, 422, save.warnings);
    if (save.outcome != WorkspaceSave::Outcome::Saved)
        return showIndex(context, exchange, document, FormNotes::of(save.diagnostics, {}),
                         {FormMessage::Kind::Refused, std::string(say.notCreated)}, 422);
    context.log.notice("workspace: " + exchange.session->account.name + " created " + id);
    exchange.redirect("/workspace/" + id + "/parties");
}

void workspaceOpen(PortalContext& context, Exchange& exchange) {
    const auto file = workspaceFile(context.data, exchange.params[0]);
    if (!file) return exchange.sendError(404);
    const store::StoredImages images(file->images);
    const model::LoadResult loaded = model::loadPartnership(file->json, "portal", images);
    const std::optional<batch::NextStep> next = loaded.partnership ? batch::nextStep(*loaded.partnership) : std::nullopt;
    const WorkspaceStep& step = next ? workspaceStepOf(next->step) : workspaceSteps().front();
    showStep(context, exchange, step, model::json::read(file->json), file->version, images, {}, 200, loaded);
}

void workspaceStep(PortalContext& context, Exchange& exchange) {
    const WorkspaceStep* step = findWorkspaceStep(exchange.params[1]);
    const auto file = workspaceFile(context.data, exchange.params[0]);
    if (!step || !file) return exchange.sendError(404);
    const html::PortalWords& say = html::words(exchange.lang);
    FormMessage message;
    if (const auto saved = queryParameter(exchange, "saved"))
        message = {FormMessage::Kind::Done, html::fill(say.savedAsVersion, {*saved}) + " " +
                                                (queryParameter(exchange, "merged") ? std::string(say.mergedMeanwhile) + " "
                                                                                    : "") +
                                                std::string(say.beingMadeAgain)};
    showStep(context, exchange, *step, model::json::read(file->json), file->version, store::StoredImages(file->images),
             message, 200);
}

void workspaceSave(PortalContext& context, Exchange& exchange) {
    const std::string& id = exchange.params[0];
    const WorkspaceStep* step = findWorkspaceStep(exchange.params[1]);
    if (!step) return exchange.sendError(404);
    const Poco::Net::NameValueCollection form = postedForm(exchange);
    int basedOn = -1;
    try {
        basedOn = std::stoi(form.get("base", "-1"));
    } catch (const std::exception&) {
    }
    const auto file = workspaceFile(context.data, id, basedOn);
    if (!file) return exchange.sendError(404);
    const store::StoredImages images(file->images);
    Var document = model::json::read(file->json);
    const std::string op = form.get("op", "save");
    const html::PortalWords& say = html::words(exchange.lang);
    readForm(context.workspaceSchema, step->paths(), form, op != "save", document);
    if (op != "save") {
        // A row or a field added, removed or moved: the form again, nothing stored.
        const KeyAction keyed = applyKeyAction(context.workspaceSchema, op, form, exchange.lang, document);
        if (!keyed.handled && !applyListAction(context.workspaceSchema, op, document)) return exchange.sendError(400);
        if (!keyed.refused) return showStep(context, exchange, *step, document, basedOn, images, {}, 200);
        model::LoadResult judged = model::loadPartnership(model::json::write(document), "portal", images);
        judged.diagnostics.push_back(*keyed.refused);
        return showStep(context, exchange, *step, document, basedOn, images, {}, 422, judged);
    }
    const WorkspaceSave save =
        saveWorkspaceFile(context.data, id, basedOn, document, exchange.session->account.name, acceptedIn(form));
    using Outcome = WorkspaceSave::Outcome;
    switch (save.outcome) {
        case Outcome::Saved:
            context.log.notice("workspace: " + exchange.session->account.name + " saved " + id + " version " +
                               std::to_string(save.version));
            context.regenerator.startOrQueue(id);
            return exchange.redirect("/workspace/" + id + "/" + std::string(step->slug) + "?saved=" +
                                     std::to_string(save.version) + (save.merged ? "&merged=1" : ""));
        case Outcome::Unchanged:
            return showStep(context, exchange, *step, document, basedOn, images,
                            {FormMessage::Kind::Done, std::string(say.nothingChanged)}, 200);
        case Outcome::Conflict:
            return showStep(context, exchange, *step, document, basedOn, images,
                            {FormMessage::Kind::Refused, refusalOf(save, say)}, 409);
        case Outcome::Invalid:
        case Outcome::Warned: {
            model::LoadResult judged;
            judged.diagnostics = save.diagnostics;
            judged.englishOnly = save.englishOnly;
            if (save.outcome == Outcome::Warned)
                return showStep(context, exchange, *step, document, basedOn, images,
                                {FormMessage::Kind::Refused, std::string(say.notSavedForWarnings)}, 422, judged,
                                save.warnings);
            return showStep(context, exchange, *step, document, basedOn, images,
                            {FormMessage::Kind::Refused, std::string(say.notSavedCorrect)}, 422, judged);
        }
    }
}

void workspaceHistory(PortalContext& context, Exchange& exchange) {
    const std::string& id = exchange.params[0];
    const auto file = workspaceFile(context.data, id);
    if (!file) return exchange.sendError(404);
    const std::shared_ptr<const store::StoredProgram> program = context.data.program();
    const model::Partnership* partnership = program->find(id);
    model::Text title{id, ""};
    if (partnership) title = partnership->title.empty() ? partnership->subject : partnership->title;
    FormMessage message;
    if (const auto saved = queryParameter(exchange, "saved"))
        message = {FormMessage::Kind::Done, html::fill(html::words(exchange.lang).importedAs, {*saved})};
    exchange.sendHtml(200, html::workspaceHistoryPage(*exchange.session, id, title, workspaceHistory(context.data, id),
                                                      message, exchange.lang));
}

void workspaceJson(PortalContext& context, Exchange& exchange) {
    const auto file = workspaceFile(context.data, exchange.params[0]);
    if (!file) return exchange.sendError(404);
    exchange.sendAttachment("application/json", exchange.params[0] + ".json", file->json);
}

void workspaceJsonUpload(PortalContext& context, Exchange& exchange) {
    const std::string& id = exchange.params[0];
    const auto file = workspaceFile(context.data, id);
    if (!file) return exchange.sendError(404);
    const auto form = readUploadForm(exchange, context.settings.uploads.maxBytes);
    if (!form || form->file.empty()) return exchange.sendError(400);
    if (form->fileTooLarge) return exchange.sendError(413);
    const html::PortalWords& say = html::words(exchange.lang);
    auto refuse = [&](int status, const std::string& why) {
        exchange.sendHtml(status, html::workspaceHistoryPage(*exchange.session, id, {id, ""},
                                                              workspaceHistory(context.data, id),
                                                              {FormMessage::Kind::Refused, why}, exchange.lang));
    };
    Var uploaded;
    try {
        uploaded = model::json::read(form->file);
    } catch (const std::exception& e) {
        return refuse(422, std::string(say.notJson) + " " + e.what());
    }
    const auto uploadedId = model::json::at(uploaded, "id");
    if (!uploadedId || !uploadedId->isString() || uploadedId->extract<std::string>() != id)
        return refuse(422, html::fill(say.idNotThis, {id}));
    // As `wopdocs import` takes a file: over whatever was saved before.
    const WorkspaceSave save =
        saveWorkspaceFile(context.data, id, file->version, uploaded, exchange.session->account.name, {true, ""});
    if (save.outcome == WorkspaceSave::Outcome::Invalid) {
        std::string why(say.notImported);
        for (const model::Diagnostic& d : save.diagnostics)
            if (d.severity == model::Diagnostic::Severity::Error)
                why += " " + d.path + ": " + diagnosticMessage(d.message, exchange.lang) + ";";
        return refuse(422, why);
    }
    if (save.outcome == WorkspaceSave::Outcome::Saved) context.regenerator.startOrQueue(id);
    exchange.redirect("/workspace/" + id + "/history?saved=" + std::to_string(save.version));
}

}  // namespace wop::server::handlers
