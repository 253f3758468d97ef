// The portal's pages, server-rendered, each in the reader's language
// (interface_language.h) with the words of portal_words.h.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "batch/partnership_status.h"
#include "model/partnership.h"
#include "server/document_listing.h"
#include "server/regenerator.h"
#include "server/sessions.h"
#include "server/verification.h"

namespace wop::server::html {

// `csrf` is the sign-in form's token; `failed` after a wrong name or password.
std::string signInPage(const std::string& csrf, bool failed, model::Lang lang);

std::string partnershipsPage(const Session& session, const std::vector<const model::Partnership*>& partnerships,
                             model::Lang lang);

// What the documents page is about: a partnership, or the program (road map).
struct DocumentsHeading {
    std::string id;  // the partnership id, or store::programKey
    model::Text title;
    std::string details;  // "PWON/WOP/2024/02 · WASA Lahore → WASA Faisalabad"
};

// `regeneration` is given for the facilitator, who may regenerate the partnership.
std::string documentsPage(const Session& session, const DocumentsHeading& heading,
                          const std::vector<ListedDocument>& documents,
                          const std::optional<Regenerator::Status>& regeneration, model::Lang lang);

// `detail`, when given, says more under the reason.
std::string errorPage(int status, const std::string& reason, const std::optional<Session>& session,
                      const std::string& detail, model::Lang lang);

// What came of a signed copy's upload to the documents of `heading`: kept
// (`accepted`), or refused; `message` says which version and what was
// found, or why.
std::string signedCopyPage(const Session& session, const DocumentsHeading& heading, bool accepted,
                           const std::string& message, model::Lang lang);
// What the verification page was asked: a code typed, a file sent, or
// nothing yet (the forms alone).
struct VerifyQuestion {
    std::string code;
    bool fileChecked = false;
};

// The public verification page: forms for a code and a file and, once one
// was asked, what it matched or that it matched nothing.
std::string verifyPage(const std::optional<Session>& session, const VerifyQuestion& question,
                       const std::optional<VerifiedDocument>& found, model::Lang lang);

// The facilitator's page of what is due and overdue: each partnership's next
// step and the documents partnershipStatus found due or overdue, as
// `wopdocs status` says them.
std::string duePage(const Session& session, const std::vector<model::Partnership>& partnerships,
                    const std::vector<batch::PartnershipStatus>& statuses, model::Lang lang);

}  // namespace wop::server::html
