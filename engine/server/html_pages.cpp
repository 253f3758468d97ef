#include "server/html_pages.h"

#include <algorithm>

#include "server/html.h"
#include "store/document_record.h"

namespace wop::server::html {

namespace {

std::string csrfField(const std::string& token) {
    return "<input type=\"hidden\" name=\"csrf\" value=\"" + escape(token) + "\">";
}

model::Text organisationName(const model::Organisation& o) {
    return {o.shortName.empty() ? o.name.en : o.shortName, o.name.ur};
}

std::string regenerationPanel(const std::string& partnership, const Regenerator::Status& status,
                              const std::string& csrf) {
    std::string out = "<h2>Regenerate</h2>\n";
    if (status.state != Regenerator::State::Idle) {
        out += "<p class=\"notice\" role=\"status\">Last regeneration: " + escape(status.partnership) + ", " +
               escape(std::string(stateName(status.state))) +
               (status.message.empty() ? "" : " — " + escape(status.message)) + "</p>\n";
    }
    out += "<form method=\"post\" action=\"/partnerships/" + escape(partnership) + "/regenerate\">" + csrfField(csrf) +
           "<p class=\"sub\">Makes the documents of this partnership whose data or templates changed.</p>"
           "<button type=\"submit\">Regenerate documents</button></form>\n";
    return out;
}

// The upload of a signed copy of one of the page's final versions: a
// digitally signed copy says which itself; a scan needs it chosen.
std::string signedCopyForm(const std::string& id, const std::vector<ListedDocument>& documents, const std::string& csrf) {
    std::string options = "<option value=\"\">Found from the file's digital signatures</option>";
    for (const ListedDocument& d : documents) {
        if (d.record.status != model::Status::Final) continue;
        options += "<option value=\"" + escape(d.id) + "\">" + escape(d.title.en) + ", " +
                   (d.record.key.lang == model::Lang::Ur ? "Urdu" : "English") + ", v" + std::to_string(d.record.version) +
                   "</option>";
    }
    return "<h2>Send a signed copy</h2>\n<form method=\"post\" action=\"/partnerships/" + escape(id) +
           "/signed-copies\" enctype=\"multipart/form-data\">" + csrfField(csrf) +
           "<p class=\"sub\">The PDF as signed in Acrobat Reader or Okular, or a scan of the signed paper; "
           "for a scan, choose the document it is a copy of.</p>"
           "\n<label for=\"version\">Document</label><select id=\"version\" name=\"version\">" + options + "</select>"
           "\n<label for=\"file\">Signed copy (PDF)</label>"
           "<input type=\"file\" id=\"file\" name=\"file\" accept=\"application/pdf\" required>"
           "\n<button type=\"submit\">Send the signed copy</button></form>\n";
}

}  // namespace

std::string signInPage(const std::string& csrf, bool failed) {
    std::string main = "<div class=\"card\">\n<h1>Sign in</h1>\n"
                       "<p class=\"sub\">The documents of your utility's Water Operators' Partnerships.</p>\n";
    if (failed) main += "<p class=\"alert\" role=\"alert\">The name or the password is wrong.</p>\n";
    main += "<form method=\"post\" action=\"/sign-in\">" + csrfField(csrf) +
            "\n<label for=\"name\">User name</label>"
            "<input type=\"text\" id=\"name\" name=\"name\" autocomplete=\"username\" required maxlength=\"64\">"
            "\n<label for=\"password\">Password</label>"
            "<input type=\"password\" id=\"password\" name=\"password\" autocomplete=\"current-password\" required>"
            "\n<button type=\"submit\">Sign in</button>\n</form>\n</div>\n";
    return page("Sign in", std::nullopt, main);
}

std::string partnershipsPage(const Session& session, const std::vector<const model::Partnership*>& partnerships) {
    std::string main = "<h1>Partnerships</h1>\n<p class=\"sub\">" +
                       std::string(session.account.isFacilitator() ? "Every partnership of the program."
                                                                   : "The partnerships your utility is part of.") +
                       "</p>\n";
    if (partnerships.empty()) {
        main += "<p>No partnership yet.</p>\n";
    } else {
        main += "<table>\n<thead><tr><th scope=\"col\">Partnership</th><th scope=\"col\">Reference</th>"
                "<th scope=\"col\">Mentor</th><th scope=\"col\">Mentee</th></tr></thead>\n<tbody>\n";
        for (const model::Partnership* p : partnerships) {
            const model::Text title = p->title.empty() ? model::Text{p->id, ""} : p->title;
            main += "<tr><td><a href=\"/partnerships/" + escape(p->id) + "\">" + bilingual(title) + "</a></td><td>" +
                    escape(p->reference) + "</td><td>" + bilingual(organisationName(p->mentor)) + "</td><td>" +
                    bilingual(organisationName(p->mentee)) + "</td></tr>\n";
        }
        main += "</tbody>\n</table>\n";
    }
    if (session.account.isFacilitator())
        main += "<h2>Program</h2>\n<p><a href=\"/partnerships/" + std::string(store::programKey) +
                "\">Road map of the National WOPs Program</a></p>\n";
    return page("Partnerships", session, main);
}

std::string documentsPage(const Session& session, const DocumentsHeading& heading,
                          const std::vector<ListedDocument>& documents,
                          const std::optional<Regenerator::Status>& regeneration) {
    std::string main = "<p><a href=\"/partnerships\">← All partnerships</a></p>\n<h1>" + bilingual(heading.title) +
                       "</h1>\n<p class=\"sub\">" + escape(heading.details) + "</p>\n";
    if (documents.empty()) {
        main += "<p>No document has been made yet.</p>\n";
    } else {
        main += "<table>\n<caption class=\"sub\">Each document in English and Urdu, newest version first. "
                "A draft is for comment; a final version is for signature.</caption>\n"
                "<thead><tr><th scope=\"col\">Document</th><th scope=\"col\">Language</th><th scope=\"col\">Version</th>"
                "<th scope=\"col\">Status</th><th scope=\"col\">Signed copy</th><th scope=\"col\">Made</th>"
                "<th scope=\"col\">PDF</th></tr></thead>\n"
                "<tbody>\n";
        for (const ListedDocument& d : documents) {
            const store::DocumentRecord& r = d.record;
            const bool urdu = r.key.lang == model::Lang::Ur;
            const bool final = r.status == model::Status::Final;
            const std::string version = "v" + std::to_string(r.version);
            main += std::string(d.latest ? "<tr>" : "<tr class=\"old\">") + "<td>" + bilingual(d.title) + "</td><td>" +
                    (urdu ? "Urdu <span class=\"ur\" lang=\"ur\" dir=\"auto\">اردو</span>" : std::string("English")) +
                    "</td><td>" + version + (d.latest ? " <span class=\"badge latest\">latest</span>" : "") +
                    "</td><td><span class=\"badge " + (final ? "final\">Final" : "draft\">Draft") + "</span></td><td>" +
                    escape(d.signedCopy) + "</td><td>" +
                    escape(r.createdAt.substr(0, 10)) + "</td><td><a href=\"/api/documents/" + escape(d.id) +
                    "/download\" aria-label=\"Download " + escape(d.title.en) + ", " + (urdu ? "Urdu" : "English") +
                    ", " + version + "\">Download</a></td></tr>\n";
        }
        main += "</tbody>\n</table>\n";
    }
    if (std::any_of(documents.begin(), documents.end(),
                    [](const ListedDocument& d) { return d.record.status == model::Status::Final; }))
        main += signedCopyForm(heading.id, documents, session.csrfToken);
    if (regeneration && heading.id != store::programKey)
        main += regenerationPanel(heading.id, *regeneration, session.csrfToken);
    return page(heading.title.en, session, main);
}

std::string verifyPage(const std::optional<Session>& session, const VerifyQuestion& question,
                       const std::optional<VerifiedDocument>& found) {
    std::string main = "<h1>Verify a document</h1>\n<p class=\"sub\">Every final document of the National WOPs "
                       "Program prints a verification code at the foot of its last page. Enter it, or choose the PDF "
                       "you were sent, to see whether the document was issued and is still current.</p>\n";
    if (found) {
        const VerifiedDocument& d = *found;
        const bool latest = d.version == d.latestVersion;
        const std::string what = d.file.empty() ? "The code " + escape(d.code) + " is" : "The file is " + escape(d.file) + ":";
        main += "<div class=\"card verified\" role=\"status\">\n<p class=\"notice\">Registered. " + what + " version " +
                std::to_string(d.version) + " of this document.</p>\n<dl>"
                "<dt>Partnership</dt><dd>" + bilingual(d.partnership) +
                (d.reference.empty() ? "" : " (" + escape(d.reference) + ")") + "</dd>"
                "<dt>Document</dt><dd>" + bilingual(d.document) + ", " +
                (d.lang == model::Lang::Ur ? "Urdu" : "English") + "</dd>"
                "<dt>Version</dt><dd>" + std::to_string(d.version) + " of " + std::to_string(d.latestVersion) +
                (latest ? ", the latest" : ", since replaced by version " + std::to_string(d.latestVersion)) + "</dd>"
                "<dt>Made</dt><dd>" + escape(d.madeOn) + "</dd>" +
                (d.code.empty() ? "<dt>Status</dt><dd>Draft, for comment: not to be signed</dd>"
                                : "<dt>Code</dt><dd>" + escape(d.code) + "</dd>") +
                "<dt>Signed copies</dt><dd>" + (d.signedCopies.empty() ? "none filed" : escape(d.signedCopies)) +
                "</dd></dl>\n</div>\n";
    } else if (question.fileChecked) {
        main += "<p class=\"alert\" role=\"alert\">This file matches no registered document. A copy changed in any "
                "way after it was made, even printed to PDF again, does not match: check its code instead.</p>\n";
    } else if (!question.code.empty()) {
        main += "<p class=\"alert\" role=\"alert\">No registered document has the code " + escape(question.code) +
                ". Check the code on the last page; a copy whose code is not found was not issued by the "
                "program.</p>\n";
    }
    main += "<form method=\"get\" action=\"/verify\">\n<label for=\"code\">Verification code</label>"
            "<input type=\"text\" id=\"code\" name=\"code\" required maxlength=\"20\" autocomplete=\"off\" "
            "placeholder=\"7KQ2M-XW4PD\" value=\"" + escape(question.code) + "\">\n"
            "<button type=\"submit\">Verify the code</button>\n</form>\n"
            "<form method=\"post\" action=\"/verify\" enctype=\"multipart/form-data\">\n"
            "<label for=\"file\">Or a PDF, as made or signed</label>"
            "<input type=\"file\" id=\"file\" name=\"file\" accept=\"application/pdf\" required>\n"
            "<button type=\"submit\">Verify the file</button>\n</form>\n";
    return page("Verify a document", session, main);
}

std::string errorPage(int status, const std::string& reason, const std::optional<Session>& session,
                      const std::string& detail) {
    return page(reason, session,
                "<h1>" + escape(reason) + "</h1>\n<p class=\"sub\">Error " + std::to_string(status) + ".</p>\n" +
                    (detail.empty() ? "" : "<p class=\"alert\" role=\"alert\">" + escape(detail) + "</p>\n") +
                    "<p><a href=\"/partnerships\">Back to the partnerships</a></p>\n");
}

std::string signedCopyPage(const Session& session, const DocumentsHeading& heading, bool accepted,
                           const std::string& message) {
    const std::string title = accepted ? "Signed copy received" : "Signed copy refused";
    return page(title, session,
                "<p><a href=\"/partnerships/" + escape(heading.id) + "\">← " + bilingual(heading.title) +
                    "</a></p>\n<h1>" + title + "</h1>\n<p class=\"" + (accepted ? "notice\" role=\"status" : "alert\" role=\"alert") +
                    "\">" + escape(message) + "</p>\n" + (accepted ? "" : "<p class=\"sub\">Nothing was kept.</p>\n"));
}

}  // namespace wop::server::html
