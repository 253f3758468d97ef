#include "server/workspace_pages.h"

#include "context/document_title.h"
#include "server/html.h"
#include "server/document_preview.h"
#include "server/portal_sentences.h"
#include "server/portal_words.h"
#include "server/workspace_messages.h"
#include "server/workspace_warnings.h"

namespace wop::server::html {

namespace {

std::string csrfField(const Session& session) {
    return "<input type=\"hidden\" name=\"csrf\" value=\"" + escape(session.csrfToken) + "\">\n";
}

std::string str(std::string_view words) {
    return std::string(words);
}

std::string stepTitle(const WorkspaceStep& step, model::Lang lang) {
    return escape(step.title.in(lang));
}

// A partnership's title as the page's language has it, else the English.
std::string titleIn(const model::Text& title, model::Lang lang) {
    const bool urdu = lang == model::Lang::Ur && !title.ur.empty();
    return urdu ? "<span class=\"ur\" lang=\"ur\">" + escape(title.ur) + "</span>"
                : "<span lang=\"en\" dir=\"auto\">" + escape(title.en) + "</span>";
}

std::string messageBox(const FormMessage& message) {
    if (message.kind == FormMessage::Kind::None) return "";
    const bool done = message.kind == FormMessage::Kind::Done;
    return "<p class=\"" + std::string(done ? "notice" : "alert") + "\" role=\"" + (done ? "status" : "alert") + "\">" +
           escape(message.text) + "</p>\n";
}

std::string othersList(const std::vector<model::Diagnostic>& others, model::Lang lang) {
    const PortalWords& say = words(lang);
    if (others.empty()) return "";
    std::string out = "<ul class=\"problems\">\n";
    for (const model::Diagnostic& d : others) {
        const bool error = d.severity == model::Diagnostic::Severity::Error;
        out += "<li class=\"" + std::string(error ? "field-error" : "field-warning") + "\"><code>" +
               escape(d.path) + "</code> " + str(error ? say.errorSays : say.warningSays) + ": " + escape(diagnosticMessage(d.message, lang)) +
               (d.rule.empty() ? "" : " [" + escape(d.rule) + "]") + "</li>\n";
    }
    return out + "</ul>\n";
}

std::string stepNavigation(const StepView& view, model::Lang lang) {
    const PortalWords& say = words(lang);
    const WorkspaceStep* next = view.next ? &workspaceStepOf(view.next->step) : nullptr;
    std::string out = "<nav class=\"steps\" aria-label=\"" + str(say.steps) + "\"><ol>\n";
    for (const WorkspaceStep& step : workspaceSteps()) {
        const bool current = &step == view.step;
        out += "<li" + std::string(current ? " aria-current=\"step\"" : "") + (&step == next ? " class=\"next\"" : "") +
               "><a href=\"/workspace/" + escape(view.partnership) + "/" + std::string(step.slug) + "\">" +
               stepTitle(step, lang) + "</a>" +
               (&step == next ? " <span class=\"badge draft\">" + str(say.next) + "</span>" : "") + "</li>\n";
    }
    return out + "</ol></nav>\n";
}

std::string nextStepBox(const StepView& view, model::Lang lang) {
    const PortalWords& say = words(lang);
    if (!view.next) return "<p class=\"notice\">" + str(say.everyStepReached) + "</p>\n";
    const WorkspaceStep& step = workspaceStepOf(view.next->step);
    std::string out = "<p class=\"notice next-step\">" + str(say.nextIs) + ": <a href=\"/workspace/" +
                      escape(view.partnership) + "/" + std::string(step.slug) + "\">" + stepTitle(step, lang) + "</a>";
    if (const std::string when = nextStepWhen(*view.next, lang); !when.empty()) {
        const bool overdue = view.next->to && *view.next->to < model::Date::today();
        out += ", " + escape(when) + (overdue ? " <span class=\"badge overdue\">" + str(say.overdue) + "</span>" : "");
        if (const std::string why = nextStepWhy(*view.next, lang); !why.empty()) out += " (" + escape(why) + ")";
    }
    if (!view.next->documents.empty()) {
        out += " — " + str(say.documentsToMake) + ":";
        for (std::size_t i = 0; i < view.next->documents.size(); ++i)
            out += std::string(i == 0 ? " " : lang == model::Lang::Ur ? "، " : ", ") + escape(context::documentTitle(view.next->documents[i]).in(lang));
    }
    return out + "</p>\n";
}

std::string documentsPanel(const StepView& view, model::Lang lang) {
    const PortalWords& say = words(lang);
    std::string out = "<section class=\"made\"><h2>" + str(say.documents) + "</h2>\n";
    if (view.regeneration && view.regeneration->partnership == view.partnership)
        if (const std::string outcome = regenerationOutcome(*view.regeneration, lang); !outcome.empty())
            out += "<p class=\"sub\" role=\"status\">" + str(say.madeAfterSave) + ": " + escape(outcome) + "</p>\n";
    if (view.documents.empty()) return out + "<p>" + str(say.noDocument) + "</p></section>\n";
    out += "<table>" + tableHead({say.document, say.language, say.state, say.firstPage, say.pdf});
    for (const ListedDocument& d : view.documents) {
        const bool final = d.record.status == model::Status::Final;
        const std::string state = d.signedCopy ? "signed\">" + str(say.signedBy) + ": " + escape(copyState(*d.signedCopy, lang))
                                  : final      ? "final\">" + str(say.final)
                                               : "draft\">" + str(say.draft);
        out += "<tr>" + cell(say.document, titleIn(d.title, lang)) +
               cell(say.language, str(d.record.key.lang == model::Lang::Ur ? say.urdu : say.english)) +
               cell(say.state, "<span class=\"badge " + state + "</span> v" + std::to_string(d.record.version)) +
               cell(say.firstPage, documentPreviewImage(d.id, fill(say.firstPageOf, {d.title.in(lang)}))) +
               cell(say.pdf, "<a href=\"/api/documents/" + escape(d.id) + "/download\">" + str(say.download) + "</a>") +
               "</tr>\n";
    }
    out += "</tbody></table>\n<p><a href=\"/partnerships/" + escape(view.partnership) + "\">" + str(say.everyVersion) +
           "</a></p>\n";
    return out + "</section>\n";
}

}  // namespace

std::string workspaceIndex(const Session& session, const std::vector<const model::Partnership*>& partnerships,
                           const std::string& fields, const std::vector<model::Diagnostic>& others,
                           const FormMessage& message, const std::vector<std::string>& warned, model::Lang lang) {
    const PortalWords& say = words(lang);
    std::string main = "<h1>" + str(say.workspace) + "</h1>\n<p class=\"sub\">" + str(say.workspaceWhat) +
                       "</p>\n<ul class=\"partnerships\">\n";
    for (const model::Partnership* p : partnerships)
        main += "<li><a href=\"/workspace/" + escape(p->id) + "\">" +
                titleIn(p->title.empty() ? p->subject : p->title, lang) + "</a> <span class=\"sub\" dir=\"ltr\">" +
                escape(p->reference) + "</span></li>\n";
    main += "</ul>\n<h2 id=\"new\">" + str(say.newPartnership) + "</h2>\n" + messageBox(message) +
            othersList(others, lang) + "<form method=\"post\" action=\"/workspace\" class=\"workspace\">\n" +
            csrfField(session) + fields + saveWithWarningsChoice(warned, lang) + "<button type=\"submit\" name=\"op\" value=\"save\">" +
            str(say.createPartnership) + "</button>\n</form>\n";
    return page(str(say.workspace), session, main, lang);
}

std::string workspaceStepPage(const Session& session, const StepView& view, model::Lang lang) {
    const PortalWords& say = words(lang);
    const std::string base = "/workspace/" + escape(view.partnership);
    std::string main = "<p><a href=\"/workspace\">" + str(say.workspace) + "</a></p>\n<h1>" + titleIn(view.title, lang) +
                       "</h1>\n<p class=\"sub\"><span dir=\"ltr\">" + escape(view.partnership) + "</span> · " +
                       str(say.version) + " " + std::to_string(view.version) + " · <a href=\"" + base + "/history\">" +
                       str(say.history) + "</a> · <a href=\"" + base + "/json\">" + str(say.downloadJson) + "</a></p>\n" +
                       savedWithWarningsNote(view.version, view.savedWith, lang) + nextStepBox(view, lang) + "<div class=\"workspace-grid\">" + stepNavigation(view, lang) +
                       "<div>\n<h2>" + stepTitle(*view.step, lang) + "</h2>\n" + messageBox(view.message) +
                       othersList(view.others, lang) + "<form method=\"post\" action=\"" + base + "/" +
                       std::string(view.step->slug) + "\" class=\"workspace\">\n" + csrfField(session) +
                       "<input type=\"hidden\" name=\"base\" value=\"" + std::to_string(view.version) + "\">\n" +
                       view.fields + saveWithWarningsChoice(view.warned, lang) + "<button type=\"submit\" name=\"op\" value=\"save\">" + str(say.save) +
                       "</button>\n</form>\n" + documentsPanel(view, lang) + "</div></div>\n";
    return page(view.step->title.in(lang) + " — " + view.title.in(lang), session, main, lang);
}

std::string workspaceHistoryPage(const Session& session, const std::string& partnership, const model::Text& title,
                                 const std::vector<store::PartnershipVersion>& versions, const FormMessage& message,
                                 model::Lang lang) {
    const PortalWords& say = words(lang);
    const std::string base = "/workspace/" + escape(partnership);
    std::string main = "<p><a href=\"" + base + "\">" + titleIn(title, lang) + "</a></p>\n<h1>" + str(say.history) +
                       "</h1>\n" + messageBox(message) + "<table>" +
                       tableHead({say.version, say.saved, say.by, say.whatChanged, say.warningsColumn});
    for (const store::PartnershipVersion& v : versions) {
        std::string changed;
        for (const std::string& path : v.changed) changed += "<code>" + escape(path) + "</code> ";
        main += "<tr>" + cell(say.version, std::to_string(v.version)) +
                cell(say.saved, "<span dir=\"ltr\">" + escape(v.savedAt) + "</span>") + cell(say.by, escape(v.savedBy)) +
                cell(say.whatChanged, v.version == 1 && changed.empty() ? str(say.created) : changed) +
                cell(say.warningsColumn, savedWithWarningsNote(v.version, v.warnings, lang)) + "</tr>\n";
    }
    main += "</tbody></table>\n<h2>" + str(say.uploadJson) + "</h2>\n<p class=\"sub\">" + str(say.uploadWhat) +
            "</p>\n<form method=\"post\" action=\"" + base + "/json\" enctype=\"multipart/form-data\">\n" +
            csrfField(session) + "<label for=\"file\">" + str(say.partnershipFile) +
            "</label><input type=\"file\" id=\"file\" name=\"file\" accept=\"application/json,.json\">\n"
            "<button type=\"submit\">" + str(say.upload) + "</button>\n</form>\n";
    // Also the answer to an upload, whose own address is the file's download.
    return page(str(say.history) + " — " + title.in(lang), session, main, lang, base + "/history");
}

}  // namespace wop::server::html
