// What the registry's documents are called, in each language: the mail's
// subject and body, the portal's lists. The registry knows a document by its
// base name ("letter-of-intent", "monthly-report-2025-07", "roadmap").
#pragma once

#include <string_view>

#include "context/catalogue.h"
#include "model/text.h"

namespace wop::context {

// The document type of a base name; null for a name no type makes.
const DocumentType* documentTypeOf(std::string_view baseName);

// "Letter of Intent", "Monthly Report 2025-07" / "ماہانہ رپورٹ 2025-07";
// the base name itself when no type makes it.
model::Text documentTitle(std::string_view baseName);

}  // namespace wop::context
