#include "server/html_pages.h"

#include <algorithm>

#include "context/document_title.h"
#include "context/labels.h"
#include "server/html.h"
#include "server/portal_sentences.h"
#include "server/portal_words.h"
#include "store/document_record.h"

namespace wop::server::html {

namespace {

std::string csrfField(const std::string& token) {
    return "<input type=\"hidden\" name=\"csrf\" value=\"" + escape(token) + "\">";
}

std::string str(std::string_view words) {
    return std::string(words);
}

model::Text organisationName(const model::Organisation& o) {
    return {o.shortName.empty() ? o.name.en : o.shortName, o.name.ur};
}

std::string languageName(model::Lang lang, const PortalWords& say) {
    return lang == model::Lang::Ur ? str(say.urdu) : str(say.english);
}

std::string regenerationPanel(const std::string& partnership, const Regenerator::Status& status,
                              const std::string& csrf, model::Lang lang) {
    const PortalWords& say = words(lang);
    std::string out = "<h2>" + str(say.regenerate) + "</h2>\n";
    if (status.state != Regenerator::State::Idle) {
        out += "<p class=\"notice\" role=\"status\">" + str(say.lastRegeneration) + ": " + escape(status.partnership) +
               ", " + escape(regenerationOutcome(status, lang)) + "</p>\n";
    }
    out += "<form method=\"post\" action=\"/partnerships/" + escape(partnership) + "/regenerate\">" + csrfField(csrf) +
           "<p class=\"sub\">" + str(say.regenerateWhat) + "</p><button type=\"submit\">" + str(say.regenerateButton) +
           "</button></form>\n";
    return out;
}

// The upload of a signed copy of one of the page's final versions: a
// digitally signed copy says which itself; a scan needs it chosen.
std::string signedCopyForm(const std::string& id, const std::vector<ListedDocument>& documents, const std::string& csrf,
                           model::Lang lang) {
    const PortalWords& say = words(lang);
    std::string options = "<option value=\"\">" + str(say.fromSignatures) + "</option>";
    for (const ListedDocument& d : documents) {
        if (d.record.status != model::Status::Final) continue;
        options += "<option value=\"" + escape(d.id) + "\">" + escape(d.title.in(lang)) + ", " +
                   languageName(d.record.key.lang, say) + ", v" + std::to_string(d.record.version) + "</option>";
    }
    return "<h2>" + str(say.sendSignedCopy) + "</h2>\n<form method=\"post\" action=\"/partnerships/" + escape(id) +
           "/signed-copies\" enctype=\"multipart/form-data\">" + csrfField(csrf) + "<p class=\"sub\">" +
           str(say.signedCopyWhat) + "</p>\n<label for=\"version\">" + str(say.document) +
           "</label><select id=\"version\" name=\"version\">" + options + "</select>\n<label for=\"file\">" +
           str(say.signedCopyFile) + "</label>"
           "<input type=\"file\" id=\"file\" name=\"file\" accept=\"application/pdf\" required>"
           "\n<button type=\"submit\">" + str(say.sendSignedCopyButton) + "</button></form>\n";
}

std::string statusBadge(const store::DocumentRecord& r, const PortalWords& say) {
    return r.status == model::Status::Final ? "<span class=\"badge final\">" + str(say.final) + "</span>"
                                            : "<span class=\"badge draft\">" + str(say.draft) + "</span>";
}

std::string downloadLink(const ListedDocument& d, model::Lang lang) {
    const PortalWords& say = words(lang);
    return "<a href=\"/api/documents/" + escape(d.id) + "/download\" aria-label=\"" + str(say.download) + " " +
           escape(d.title.in(lang)) + ", " + languageName(d.record.key.lang, say) + ", v" +
           std::to_string(d.record.version) + "\">" + str(say.download) + "</a>";
}

// A document's older versions, folded: each a line with what the latest's row says of it.
std::string olderVersions(const std::vector<const ListedDocument*>& older, model::Lang lang) {
    if (older.empty()) return "";
    const PortalWords& say = words(lang);
    std::string out = "<details><summary>" + str(say.olderVersions) + " (" + std::to_string(older.size()) +
                      ")</summary><ul>";
    for (const ListedDocument* d : older)
        out += "<li>v" + std::to_string(d->record.version) + " · " + statusBadge(d->record, say) + " · " +
               escape(d->record.createdAt.substr(0, 10)) +
               (d->signedCopy ? " · " + escape(copyState(*d->signedCopy, lang)) : "") + " · " + downloadLink(*d, lang) +
               "</li>";
    return out + "</ul></details>";
}

// One row per document and language, its latest version's, with the older ones folded in its version cell.
std::string documentsTable(const std::vector<ListedDocument>& documents, model::Lang lang) {
    const PortalWords& say = words(lang);
    std::string out = "<table>\n<caption class=\"sub\">" + str(say.documentsCaption) + "</caption>\n" +
                      tableHead({say.document, say.language, say.version, say.status, say.signedCopy, say.made, say.pdf});
    for (auto latest = documents.begin(); latest != documents.end();) {
        auto next = std::find_if(latest + 1, documents.end(), [](const ListedDocument& d) { return d.latest; });
        std::vector<const ListedDocument*> older;
        for (auto d = latest + 1; d != next; ++d) older.push_back(&*d);
        const store::DocumentRecord& r = latest->record;
        out += "<tr>" + cell(say.document, bilingual(latest->title)) + cell(say.language, languageName(r.key.lang, say)) +
               cell(say.version, "v" + std::to_string(r.version) + " <span class=\"badge latest\">" + str(say.latest) +
                                     "</span>" + olderVersions(older, lang)) +
               cell(say.status, statusBadge(r, say)) + cell(say.signedCopy, latest->signedCopy ? escape(copyState(*latest->signedCopy, lang)) : "") +
               cell(say.made, escape(r.createdAt.substr(0, 10))) + cell(say.pdf, downloadLink(*latest, lang)) + "</tr>\n";
        latest = next;
    }
    return out + "</tbody>\n</table>\n";
}

}  // namespace

std::string signInPage(const std::string& csrf, bool failed, model::Lang lang) {
    const PortalWords& say = words(lang);
    std::string main = "<div class=\"card\">\n<h1>" + str(say.signIn) + "</h1>\n<p class=\"sub\">" +
                       str(say.signInPurpose) + "</p>\n";
    if (failed) main += "<p class=\"alert\" role=\"alert\">" + str(say.wrongNameOrPassword) + "</p>\n";
    main += "<form method=\"post\" action=\"/sign-in\">" + csrfField(csrf) + "\n<label for=\"name\">" +
            str(say.userName) + "</label>"
            "<input type=\"text\" id=\"name\" name=\"name\" autocomplete=\"username\" required maxlength=\"64\">"
            "\n<label for=\"password\">" + str(say.password) + "</label>"
            "<input type=\"password\" id=\"password\" name=\"password\" autocomplete=\"current-password\" required>"
            "\n<button type=\"submit\">" + str(say.signIn) + "</button>\n</form>\n</div>\n";
    return page(str(say.signIn), std::nullopt, main, lang);
}

std::string partnershipsPage(const Session& session, const std::vector<const model::Partnership*>& partnerships,
                             model::Lang lang) {
    const PortalWords& say = words(lang);
    const bool facilitator = session.account.isFacilitator();
    std::string main = "<h1>" + str(say.partnerships) + "</h1>\n<p class=\"sub\">" +
                       str(facilitator ? say.everyPartnership : say.yourPartnerships) + "</p>\n";
    if (partnerships.empty()) {
        main += "<p>" + str(say.noPartnership) + "</p>\n";
    } else {
        main += "<table>\n" + tableHead({say.partnership, say.reference, say.mentor, say.mentee});
        for (const model::Partnership* p : partnerships) {
            const model::Text title = p->title.empty() ? model::Text{p->id, ""} : p->title;
            main += "<tr>" + cell(say.partnership, "<a href=\"/partnerships/" + escape(p->id) + "\">" + bilingual(title) + "</a>") +
                    cell(say.reference, escape(p->reference)) + cell(say.mentor, bilingual(organisationName(p->mentor))) +
                    cell(say.mentee, bilingual(organisationName(p->mentee))) + "</tr>\n";
        }
        main += "</tbody>\n</table>\n";
    }
    if (facilitator)
        main += "<h2>" + str(say.program) + "</h2>\n<p><a href=\"/due\">" + str(say.dueLink) +
                "</a></p>\n<p><a href=\"/partnerships/" + std::string(store::programKey) + "\">" + str(say.roadMap) +
                "</a></p>\n";
    return page(str(say.partnerships), session, main, lang);
}

std::string documentsPage(const Session& session, const DocumentsHeading& heading,
                          const std::vector<ListedDocument>& documents,
                          const std::optional<Regenerator::Status>& regeneration, model::Lang lang) {
    const PortalWords& say = words(lang);
    std::string main = "<p><a href=\"/partnerships\">" + str(say.allPartnerships) + "</a></p>\n<h1>" +
                       bilingual(heading.title) + "</h1>\n<p class=\"sub\">" + escape(heading.details) + "</p>\n";
    main += documents.empty() ? "<p>" + str(say.noDocument) + "</p>\n" : documentsTable(documents, lang);
    if (std::any_of(documents.begin(), documents.end(),
                    [](const ListedDocument& d) { return d.record.status == model::Status::Final; }))
        main += signedCopyForm(heading.id, documents, session.csrfToken, lang);
    if (regeneration && heading.id != store::programKey)
        main += regenerationPanel(heading.id, *regeneration, session.csrfToken, lang);
    return page(heading.title.in(lang), session, main, lang);
}

std::string verifyPage(const std::optional<Session>& session, const VerifyQuestion& question,
                       const std::optional<VerifiedDocument>& found, model::Lang lang) {
    const PortalWords& say = words(lang);
    std::string main = "<h1>" + str(say.verifyTitle) + "</h1>\n<p class=\"sub\">" + str(say.verifyWhat) + "</p>\n";
    if (found) {
        const VerifiedDocument& d = *found;
        const bool latest = d.version == d.latestVersion;
        const std::string what = d.file ? str(say.fileIs) + " " + escape(verifiedFile(*d.file, lang))
                                        : str(say.codeIs) + " " + escape(d.code);
        main += "<div class=\"card verified\" role=\"status\">\n<p class=\"notice\">" + str(say.registered) + " " + what +
                ": " + str(say.versionOfDocument) + " " + std::to_string(d.version) + ".</p>\n<dl>"
                "<dt>" + str(say.partnership) + "</dt><dd>" + bilingual(d.partnership) +
                (d.reference.empty() ? "" : " (" + escape(d.reference) + ")") + "</dd>"
                "<dt>" + str(say.document) + "</dt><dd>" + bilingual(d.document) + ", " + languageName(d.lang, say) +
                "</dd><dt>" + str(say.version) + "</dt><dd>" + std::to_string(d.version) + " " + str(say.of) + " " +
                std::to_string(d.latestVersion) + ", " +
                (latest ? str(say.theLatest) : str(say.replacedBy) + " " + std::to_string(d.latestVersion)) + "</dd>"
                "<dt>" + str(say.made) + "</dt><dd>" + escape(d.madeOn) + "</dd>" +
                (d.code.empty() ? "<dt>" + str(say.status) + "</dt><dd>" + str(say.draftNotToSign) + "</dd>"
                                : "<dt>" + str(say.code) + "</dt><dd>" + escape(d.code) + "</dd>") +
                "<dt>" + str(say.signedCopies) + "</dt><dd>" +
                (d.signedCopy ? escape(copyState(*d.signedCopy, lang)) : str(say.noneFiled)) + "</dd></dl>\n</div>\n";
    } else if (question.fileChecked) {
        main += "<p class=\"alert\" role=\"alert\">" + str(say.noFileMatch) + "</p>\n";
    } else if (!question.code.empty()) {
        main += "<p class=\"alert\" role=\"alert\">" + str(say.noCodeMatch) + " " + escape(question.code) + ". " +
                str(say.noCodeMatchWhy) + "</p>\n";
    }
    main += "<form method=\"get\" action=\"/verify\">\n<label for=\"code\">" + str(say.verificationCode) +
            "</label><input type=\"text\" id=\"code\" name=\"code\" required maxlength=\"20\" autocomplete=\"off\" "
            "dir=\"ltr\" placeholder=\"7KQ2M-XW4PD\" value=\"" + escape(question.code) + "\">\n"
            "<button type=\"submit\">" + str(say.verifyCodeButton) + "</button>\n</form>\n"
            "<form method=\"post\" action=\"/verify\" enctype=\"multipart/form-data\">\n<label for=\"file\">" +
            str(say.orAPdf) + "</label><input type=\"file\" id=\"file\" name=\"file\" accept=\"application/pdf\" required>\n"
            "<button type=\"submit\">" + str(say.verifyFileButton) + "</button>\n</form>\n";
    return page(str(say.verifyTitle), session, main, lang);
}

std::string errorPage(int status, const std::string& reason, const std::optional<Session>& session,
                      const std::string& detail, model::Lang lang) {
    const PortalWords& say = words(lang);
    return page(reason, session,
                "<h1>" + escape(reason) + "</h1>\n<p class=\"sub\">" + str(say.error) + " " + std::to_string(status) +
                    ".</p>\n" + (detail.empty() ? "" : "<p class=\"alert\" role=\"alert\">" + escape(detail) + "</p>\n") +
                    "<p><a href=\"/partnerships\">" + str(say.backToPartnerships) + "</a></p>\n",
                lang);
}

std::string signedCopyPage(const Session& session, const DocumentsHeading& heading, bool accepted,
                           const std::string& message, model::Lang lang) {
    const PortalWords& say = words(lang);
    const std::string title = str(accepted ? say.signedCopyReceived : say.signedCopyRefused);
    return page(title, session,
                "<p><a href=\"/partnerships/" + escape(heading.id) + "\">" + bilingual(heading.title) + "</a></p>\n<h1>" +
                    title + "</h1>\n<p class=\"" + (accepted ? "notice\" role=\"status" : "alert\" role=\"alert") +
                    "\">" + escape(message) + "</p>\n" +
                    (accepted ? "" : "<p class=\"sub\">" + str(say.nothingKept) + "</p>\n"),
                lang, "/partnerships/" + heading.id);
}

std::string duePage(const Session& session, const std::vector<model::Partnership>& partnerships,
                    const std::vector<batch::PartnershipStatus>& statuses, model::Lang lang) {
    const PortalWords& say = words(lang);
    std::string main = "<p><a href=\"/partnerships\">" + str(say.allPartnerships) + "</a></p>\n<h1>" +
                       str(say.dueTitle) + "</h1>\n<p class=\"sub\">" + str(say.dueWhat) + "</p>\n";
    std::string rows;
    for (std::size_t i = 0; i < statuses.size(); ++i) {
        const batch::PartnershipStatus& status = statuses[i];
        const model::Partnership& p = partnerships[i];
        const std::string name = "<a href=\"/partnerships/" + escape(p.id) + "\">" +
                                 bilingual(p.title.empty() ? model::Text{p.id, ""} : p.title) + "</a>";
        if (status.next)
            rows += "<tr>" + cell(say.partnership, name) +
                    cell(say.what, str(say.nextStep) + ": " +
                                       str(context::label(context::labels(lang).steps, status.next->step))) +
                    cell(say.when, escape(nextStepWhen(*status.next, lang))) +
                    cell(say.why, escape(nextStepWhy(*status.next, lang))) + "</tr>\n";
        for (const batch::DocumentStatus& d : status.documents) {
            if (d.state == batch::DocumentState::Done) continue;
            const bool overdue = d.state == batch::DocumentState::Overdue;
            rows += "<tr>" + cell(say.partnership, name) +
                    cell(say.what, escape(context::documentTitle(d.document).in(lang))) +
                    cell(say.when, overdue ? "<span class=\"badge overdue\">" + str(say.overdue) + "</span>"
                                           : "<span class=\"badge due\">" + str(say.due) + "</span>") +
                    cell(say.why, d.reason ? escape(dueReason(*d.reason, lang)) : "") + "</tr>\n";
        }
    }
    main += rows.empty() ? "<p>" + str(say.nothingDue) + "</p>\n"
                         : "<table>\n" + tableHead({say.partnership, say.what, say.when, say.why}) + rows +
                               "</tbody>\n</table>\n";
    return page(str(say.dueTitle), session, main, lang);
}

}  // namespace wop::server::html
