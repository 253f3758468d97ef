// Which documents a batch makes: those never made, and those whose
// templates or data changed since their latest version.
#pragma once

#include <map>
#include <optional>
#include <string>
#include <vector>

#include "batch/stored_program.h"
#include "context/catalogue.h"
#include "store/document_record.h"
#include "store/version_index.h"

namespace wop::batch {

struct DocumentJob {
    context::DocumentInstance document;
    store::DocumentRecord record;  // the version to make; its PDF's SHA-256 and time come when made
    // The final version the new one replaces, which then needs signing again.
    std::optional<int> supersededFinal;
};

struct Plan {
    std::vector<DocumentJob> jobs;
    int upToDate = 0;
};

using TemplateHashes = std::map<model::Lang, std::string>;

// Each of `documents` in each language of `templateHashes`.
Plan planDocuments(const std::vector<context::DocumentInstance>& documents, const StoredProgram& program,
                   const store::VersionIndex& registry, const TemplateHashes& templateHashes);

}  // namespace wop::batch
