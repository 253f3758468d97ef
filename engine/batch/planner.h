// Which documents a batch makes. Those never made are made. Those whose
// templates, data and look are what their latest version was made or last
// found current against are up to date, without rendering anything. The
// others are jobs: each renders its markup, and judge() decides from it
// whether the document says something new.
#pragma once

#include <map>
#include <optional>
#include <string>
#include <vector>

#include "context/catalogue.h"
#include "store/document_record.h"
#include "store/stored_program.h"
#include "store/version_index.h"

namespace wop::batch {

struct DocumentJob {
    context::DocumentInstance document;
    // The version to make, should there be one, with its inputs; its
    // content, its PDF's SHA-256 and its time come when made.
    store::DocumentRecord record;
    // The latest version (with the content its check adopted, if any), and
    // the inputs it was last found current against.
    std::optional<store::DocumentRecord> latest;
    store::InputHashes latestInputs;
    // The final version a new one replaces, which then needs signing again;
    // the new one's content and what changed come when made.
    std::optional<store::Supersession> supersededFinal;
};

struct Plan {
    std::vector<DocumentJob> jobs;
    int upToDate = 0;
};

using TemplateHashes = std::map<model::Lang, std::string>;

// Each of `documents` in each language of `templateHashes`, all in the look `lookHash`.
Plan planDocuments(const std::vector<context::DocumentInstance>& documents, const store::StoredProgram& program,
                   const store::VersionIndex& registry, const TemplateHashes& templateHashes, const std::string& lookHash);

enum class Verdict {
    // It says something new, or it is a draft whose look changed: a new
    // version is made, registered and mailed.
    NewVersion,
    // The latest version says the same: it is recorded as current against
    // the new inputs, and nothing is made. A final version whose look alone
    // changed stays as signed.
    Current,
    // The latest version was made before contents were kept, from the same
    // data: it is taken to say what the document now says, which is kept.
    AdoptContent,
};

// What the job does, now that its document's markup has `contentHash`.
Verdict judge(const DocumentJob& job, const std::string& contentHash);

}  // namespace wop::batch
