// The portal's pages, server-rendered.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "model/partnership.h"
#include "server/document_listing.h"
#include "server/regenerator.h"
#include "server/sessions.h"
#include "server/verification.h"

namespace wop::server::html {

// `csrf` is the sign-in form's token; `failed` after a wrong name or password.
std::string signInPage(const std::string& csrf, bool failed);

std::string partnershipsPage(const Session& session, const std::vector<const model::Partnership*>& partnerships);

// What the documents page is about: a partnership, or the program (road map).
struct DocumentsHeading {
    std::string id;  // the partnership id, or store::programKey
    model::Text title;
    std::string details;  // "PWON/WOP/2024/02 · WASA Lahore → WASA Faisalabad"
};

// `regeneration` is given for the facilitator, who may regenerate the partnership.
std::string documentsPage(const Session& session, const DocumentsHeading& heading,
                          const std::vector<ListedDocument>& documents,
                          const std::optional<Regenerator::Status>& regeneration);

// `detail`, when given, says more under the reason.
std::string errorPage(int status, const std::string& reason, const std::optional<Session>& session,
                      const std::string& detail = "");

// What came of a signed copy's upload to the documents of `heading`: kept
// (`accepted`), or refused; `message` says which version and what was
// found, or why.
std::string signedCopyPage(const Session& session, const DocumentsHeading& heading, bool accepted,
                           const std::string& message);
// What the verification page was asked: a code typed, a file sent, or
// nothing yet (the forms alone).
struct VerifyQuestion {
    std::string code;
    bool fileChecked = false;
};

// The public verification page: forms for a code and a file and, once one
// was asked, what it matched or that it matched nothing.
std::string verifyPage(const std::optional<Session>& session, const VerifyQuestion& question,
                       const std::optional<VerifiedDocument>& found);

}  // namespace wop::server::html
