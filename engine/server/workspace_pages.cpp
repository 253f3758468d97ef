#include "server/workspace_pages.h"

#include "server/html.h"
#include "server/portal_words.h"
#include "server/document_preview.h"
#include "server/workspace_warnings.h"

namespace wop::server::html {

namespace {

std::string csrfField(const Session& session) {
    return "<input type=\"hidden\" name=\"csrf\" value=\"" + escape(session.csrfToken) + "\">\n";
}

// "English · اردو", the Urdu in its own right-to-left span.
std::string both(const model::Text& text) {
    return escape(text.en) + " · <span class=\"ur\" lang=\"ur\" dir=\"rtl\">" + escape(text.ur) + "</span>";
}

std::string messageBox(const FormMessage& message) {
    if (message.kind == FormMessage::Kind::None) return "";
    const bool done = message.kind == FormMessage::Kind::Done;
    return "<p class=\"" + std::string(done ? "notice" : "alert") + "\" role=\"" + (done ? "status" : "alert") + "\">" +
           escape(message.text) + "</p>\n";
}

std::string othersList(const std::vector<model::Diagnostic>& others) {
    if (others.empty()) return "";
    std::string out = "<ul class=\"problems\">\n";
    for (const model::Diagnostic& d : others) {
        const bool error = d.severity == model::Diagnostic::Severity::Error;
        out += "<li class=\"" + std::string(error ? "field-error" : "field-warning") + "\"><code>" + escape(d.path) +
               "</code> " + (error ? "Error: " : "Warning: ") + escape(d.message) +
               (d.rule.empty() ? "" : " [" + escape(d.rule) + "]") + "</li>\n";
    }
    return out + "</ul>\n";
}

std::string stepNavigation(const StepView& view) {
    const WorkspaceStep* next = view.next ? &workspaceStepOf(view.next->step) : nullptr;
    std::string out = "<nav class=\"steps\" aria-label=\"Steps\"><ol>\n";
    for (const WorkspaceStep& step : workspaceSteps()) {
        const bool current = &step == view.step;
        out += "<li" + std::string(current ? " aria-current=\"step\"" : "") + (&step == next ? " class=\"next\"" : "") +
               "><a href=\"/workspace/" + escape(view.partnership) + "/" + std::string(step.slug) + "\">" +
               both(step.title) + "</a>" + (&step == next ? " <span class=\"badge draft\">next</span>" : "") + "</li>\n";
    }
    return out + "</ol></nav>\n";
}

std::string nextStepBox(const StepView& view) {
    if (!view.next) return "<p class=\"notice\">Every step is reached: the recommendation is the last.</p>\n";
    const WorkspaceStep& step = workspaceStepOf(view.next->step);
    std::string out = "<p class=\"notice next-step\">Next: <a href=\"/workspace/" + escape(view.partnership) + "/" +
                      std::string(step.slug) + "\">" + both(step.title) + "</a>";
    if (const std::string when = view.next->when(); !when.empty()) {
        const bool overdue = view.next->to && *view.next->to < model::Date::today();
        out += ", " + escape(when) + (overdue ? " <span class=\"badge overdue\">overdue</span>" : "");
        if (!view.next->why.empty()) out += " (" + escape(view.next->why) + ")";
    }
    if (!view.next->documents.empty()) {
        out += " — documents:";
        for (std::string_view document : view.next->documents) out += " " + escape(std::string(document));
    }
    return out + "</p>\n";
}

std::string documentsPanel(const StepView& view) {
    std::string out = "<section class=\"made\"><h2>Documents</h2>\n";
    if (view.regeneration && view.regeneration->partnership == view.partnership)
        out += "<p class=\"sub\" role=\"status\">Made after the last save: " +
               std::string(stateName(view.regeneration->state)) +
               (view.regeneration->message.empty() ? "" : " — " + escape(view.regeneration->message)) + "</p>\n";
    if (view.documents.empty()) return out + "<p>No document has been made yet.</p></section>\n";
    const PortalWords& say = words(view.lang);
    out += "<table><thead><tr><th scope=\"col\">Document</th><th scope=\"col\">Language</th><th scope=\"col\">State</th>"
           "<th scope=\"col\">" + escape(say.firstPage) + "</th><th scope=\"col\">PDF</th></tr></thead><tbody>\n";
    for (const ListedDocument& d : view.documents) {
        const bool final = d.record.status == model::Status::Final;
        const std::string state = !d.signedCopy.empty() ? "signed\">Signed: " + escape(d.signedCopy)
                                  : final              ? std::string("final\">Final")
                                                       : std::string("draft\">Draft");
        out += "<tr><td>" + bilingual(d.title) + "</td><td>" + (d.record.key.lang == model::Lang::Ur ? "Urdu" : "English") +
               "</td><td><span class=\"badge " + state + "</span> v" + std::to_string(d.record.version) +
               "</td><td>" + documentPreviewImage(d.id, filledIn(say.firstPageOf, {{"{d}", d.title.en}})) +
               "</td><td><a href=\"/api/documents/" + escape(d.id) + "/download\">Download</a></td></tr>\n";
    }
    out += "</tbody></table>\n<p><a href=\"/partnerships/" + escape(view.partnership) +
           "\">Every version, and signed copies</a></p>\n";
    return out + "</section>\n";
}

}  // namespace

std::string workspaceIndex(const Session& session, const std::vector<const model::Partnership*>& partnerships,
                           const std::string& fields, const std::vector<model::Diagnostic>& others,
                           const FormMessage& message, const std::vector<std::string>& warned, model::Lang lang) {
    std::string main = "<h1>Workspace <span class=\"ur\" lang=\"ur\" dir=\"rtl\">ورک اسپیس</span></h1>\n"
                       "<p class=\"sub\">Enter and follow each partnership step by step, in the guideline's order.</p>\n"
                       "<ul class=\"partnerships\">\n";
    for (const model::Partnership* p : partnerships)
        main += "<li><a href=\"/workspace/" + escape(p->id) + "\">" + bilingual(p->title.empty() ? p->subject : p->title) +
                "</a> <span class=\"sub\">" + escape(p->reference) + "</span></li>\n";
    main += "</ul>\n<h2 id=\"new\">A new partnership</h2>\n" + messageBox(message) + othersList(others) +
            "<form method=\"post\" action=\"/workspace\" class=\"workspace\">\n" + csrfField(session) + fields +
            saveWithWarningsChoice(warned, lang) + "<button type=\"submit\" name=\"op\" value=\"save\">Create the partnership</button>\n</form>\n";
    return page("Workspace", session, main);
}

std::string workspaceStepPage(const Session& session, const StepView& view) {
    const std::string base = "/workspace/" + escape(view.partnership);
    std::string main = "<p><a href=\"/workspace\">← Workspace</a></p>\n<h1>" + bilingual(view.title) + "</h1>\n"
                       "<p class=\"sub\">" + escape(view.partnership) + " · version " + std::to_string(view.version) +
                       " · <a href=\"" + base + "/history\">History</a> · <a href=\"" + base +
                       "/json\">Download the JSON</a></p>\n" +
                       savedWithWarningsNote(view.version, view.savedWith, view.lang) + nextStepBox(view) +
                       "<div class=\"workspace-grid\">" + stepNavigation(view) + "<div>\n<h2>" + both(view.step->title) +
                       "</h2>\n" + messageBox(view.message) + othersList(view.others) +
                       "<form method=\"post\" action=\"" + base + "/" + std::string(view.step->slug) +
                       "\" class=\"workspace\">\n" + csrfField(session) +
                       "<input type=\"hidden\" name=\"base\" value=\"" + std::to_string(view.version) + "\">\n" +
                       view.fields + saveWithWarningsChoice(view.warned, view.lang) +
                       "<button type=\"submit\" name=\"op\" value=\"save\">Save</button>\n</form>\n" +
                       documentsPanel(view) + "</div></div>\n";
    return page(view.step->title.en + " — " + view.title.en, session, main);
}

std::string workspaceHistoryPage(const Session& session, const std::string& partnership, const model::Text& title,
                                 const std::vector<store::PartnershipVersion>& versions, const FormMessage& message,
                                 model::Lang lang) {
    const std::string base = "/workspace/" + escape(partnership);
    std::string main = "<p><a href=\"" + base + "\">← " + escape(title.en) + "</a></p>\n<h1>History</h1>\n" +
                       messageBox(message) +
                       "<table><thead><tr><th scope=\"col\">Version</th><th scope=\"col\">Saved</th>"
                       "<th scope=\"col\">By</th><th scope=\"col\">What changed</th><th scope=\"col\">" +
                       escape(words(lang).warningsColumn) + "</th></tr></thead><tbody>\n";
    for (const store::PartnershipVersion& v : versions) {
        std::string changed;
        for (const std::string& path : v.changed) changed += "<code>" + escape(path) + "</code> ";
        main += "<tr><td>" + std::to_string(v.version) + "</td><td>" + escape(v.savedAt) + "</td><td>" +
                escape(v.savedBy) + "</td><td>" + (v.version == 1 && changed.empty() ? "created" : changed) + "</td><td>" +
                savedWithWarningsNote(v.version, v.warnings, lang) + "</td></tr>\n";
    }
    main += "</tbody></table>\n<h2>Upload a JSON file</h2>\n<p class=\"sub\">It replaces the partnership as "
            "<code>wopdocs import</code> would, checked the same way, as a new version.</p>\n"
            "<form method=\"post\" action=\"" + base + "/json\" enctype=\"multipart/form-data\">\n" + csrfField(session) +
            "<label for=\"file\">Partnership file (.json)</label><input type=\"file\" id=\"file\" name=\"file\" "
            "accept=\"application/json,.json\">\n<button type=\"submit\">Upload</button>\n</form>\n";
    return page("History — " + title.en, session, main);
}

}  // namespace wop::server::html
