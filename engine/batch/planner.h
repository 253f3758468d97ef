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

// What a language's documents are made from besides their data
// (document_inputs.h): its templates, and how it looks.
struct LanguageInputs {
    std::string templateHash;
    std::string lookHash;
};
using LanguageHashes = std::map<model::Lang, LanguageInputs>;

// Each of `documents` in each language of `languages`.
Plan planDocuments(const std::vector<context::DocumentInstance>& documents, const store::StoredProgram& program,
                   const store::VersionIndex& registry, const LanguageHashes& languages);

enum class Verdict {
    // It says something new, or it is a draft whose look changed: a new
    // version is made and, unless its PDF is the latest's (judgeMade),
    // registered and mailed.
    NewVersion,
    // The latest version says the same: it is recorded as current against
    // the new inputs, and nothing is made. A final version whose look alone
    // changed stays as signed.
    Current,
    // The latest version was made before contents were kept, from the same
    // data, or its PDF is byte for byte the one just made from other
    // markup: it is taken to say what the document now says, which is kept,
    // and it is recorded as current against the new inputs.
    AdoptContent,
};

// What the job does, now that its document's markup has `contentHash`.
Verdict judge(const DocumentJob& job, const std::string& contentHash);

// What a job judged NewVersion does once its PDF, `pdfSha256`, is made: a
// draft in a new look set exactly as before is no new version, its latest
// records the new inputs instead, and the next batch plans it no more. A
// final version is never found current this way: it stays as signed.
Verdict judgeMade(const DocumentJob& job, const std::string& contentHash, const std::string& pdfSha256);

}  // namespace wop::batch
