// The documents the guideline names, in step order,
// and which of them a partnership's data can produce.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "model/partnership.h"

namespace wop::context {

struct DocumentType {
    std::string_view id;         // "letter-of-intent"
    std::string_view code;       // "LOI", appended to the partnership reference
    std::string_view section;    // guideline section: "3.1.4"
    std::string_view titleEn;
    std::string_view titleUr;
    std::string_view description;  // one line for `wopdocs documents`
    bool programWide = false;      // the road map: one for all partnerships
    // The step whose date the document takes when its section gives none;
    // none for a monthly report (its own date only) and the road map (the
    // latest date of all partnerships).
    std::optional<model::Step> step;
    // Whose paper it is (its letterhead): the mentee's request and reports,
    // the mentor's reports, PWON's letters, minutes and agreements.
    model::Role compiledBy = model::Role::Facilitator;
};

const std::vector<DocumentType>& documentTypes();
const DocumentType* findDocumentType(std::string_view id);

// One document of one partnership (nullptr for the road map); monthly reports
// carry their month.
struct DocumentInstance {
    const DocumentType* type = nullptr;
    const model::Partnership* partnership = nullptr;
    std::optional<model::YearMonth> month;

    // "letter-of-intent", "monthly-report-2025-07", "roadmap"
    std::string baseName() const;
};

// The documents whose section is present in the data, in step order; one
// monthly report per month recorded. The road map is not among them.
std::vector<DocumentInstance> availableDocuments(const model::Partnership& partnership);

// The status and date of the document's section (for a monthly report, that
// month's); null when the data holds none, and for the road map, which has no
// section (and is never a draft).
const model::DocumentInfo* documentInfo(const DocumentInstance& document);

// As the data marks the document; the road map is never a draft.
model::Status documentStatus(const DocumentInstance& document);

// The date the document bears: its section's own date, else the date of its
// step; none for a monthly report without one (and the road map, see program.h).
std::optional<model::Date> documentDate(const DocumentInstance& document);

// Takes the document's section out of `partnership`. Not for a monthly
// report or the road map, which are not one section.
void removeSection(model::Partnership& partnership, const DocumentType& type);

// Whether the data holds what the document prints: its section (for a
// monthly report, that month's report). The road map is always available.
bool isAvailable(const DocumentInstance& document);

}  // namespace wop::context
