// Each document's own values (docs/template-context.md, "Per document"):
// its section under the section's key, person ids replaced by persons,
// enumerations translated, plus the other sections the document prints.
#pragma once

#include "context/catalogue.h"
#include "context/values.h"
#include "model/partnership.h"

namespace wop::context {

struct Section {
    const model::DocumentInfo* info = nullptr;  // the section's status and date
    Object values;                              // keys to add at the top level
};

// The document must be available (isAvailable) and not the road map.
Section documentSection(const DocumentInstance& document, const Values& values);

// The person ids that sign the document for their parties (the letter of
// intent's and the memorandum's signatories); none for other documents.
std::vector<std::string> documentSignatories(const DocumentInstance& document);

}  // namespace wop::context
