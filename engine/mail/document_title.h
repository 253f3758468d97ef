// What the registry's documents are called, in each language: the mail's
// subject and body, the portal's lists. The registry knows a document by its
// base name ("letter-of-intent", "monthly-report-2025-07", "roadmap").
#pragma once

#include <string>
#include <string_view>

#include "context/catalogue.h"
#include "model/text.h"
#include "store/document_record.h"

namespace wop::mail {

// The document type of a base name; null for a name no type makes.
const context::DocumentType* documentTypeOf(std::string_view baseName);

// "Letter of Intent", "Monthly Report 2025-07" / "ماہانہ رپورٹ 2025-07";
// the base name itself when no type makes it.
model::Text documentTitle(std::string_view baseName);

// The name a registered PDF is delivered under, attached or downloaded:
// "lahore-faisalabad-nrw-letter-of-intent.en.v2.pdf", "roadmap.en.v1.pdf".
std::string deliveredFileName(const store::DocumentRecord& record);

}  // namespace wop::mail
