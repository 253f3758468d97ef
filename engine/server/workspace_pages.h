// The workspace's pages: the partnerships with a form for a new one, a
// step's form with the steps around it, what is next and the documents
// made, and a partnership's history of versions; each in the reader's
// language (portal_words.h), Urdu right to left.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "batch/next_step.h"
#include "model/diagnostic.h"
#include "model/partnership.h"
#include "server/document_listing.h"
#include "server/regenerator.h"
#include "server/sessions.h"
#include "server/workspace_steps.h"
#include "store/partnership_versions.h"

namespace wop::server::html {

// What a message above a form says, in the page's language: done, or what stopped it.
struct FormMessage {
    enum class Kind { None, Done, Refused } kind = Kind::None;
    std::string text;
};

// `fields`: the new partnership form's fields (workspace_form.h); `others`:
// diagnostics not at any of them; `warned`: the rule warnings that refused
// it, which it may be created with.
std::string workspaceIndex(const Session& session, const std::vector<const model::Partnership*>& partnerships,
                           const std::string& fields, const std::vector<model::Diagnostic>& others,
                           const FormMessage& message, const std::vector<std::string>& warned, model::Lang lang);

struct StepView {
    std::string partnership;
    model::Text title;
    const WorkspaceStep* step = nullptr;
    int version = 0;      // the version the form starts from
    std::string fields;   // formFields' HTML
    std::vector<model::Diagnostic> others;  // not at any field of this step
    FormMessage message;
    std::optional<batch::NextStep> next;
    std::vector<ListedDocument> documents;  // the latest version of each document and language
    std::optional<Regenerator::Status> regeneration;
    std::vector<std::string> warned;     // the rule warnings that refused the save, which it may be saved with
    std::vector<std::string> savedWith;  // those `version` was saved with
};

std::string workspaceStepPage(const Session& session, const StepView& view, model::Lang lang);

std::string workspaceHistoryPage(const Session& session, const std::string& partnership, const model::Text& title,
                                 const std::vector<store::PartnershipVersion>& versions, const FormMessage& message,
                                 model::Lang lang);

}  // namespace wop::server::html
