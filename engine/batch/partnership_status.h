// `wopdocs status`: how far each partnership has come and which of its
// documents are done (registered), due (the date of its step has passed but
// there is no data or no PDF) or overdue (a month of the pilot ended more
// than 15 days ago without its monthly report, guideline 3.2.2).
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "batch/next_step.h"
#include "model/partnership.h"
#include "store/document_contents.h"
#include "store/signed_copies.h"
#include "store/version_index.h"

namespace wop::batch {

enum class DocumentState { Done, Due, Overdue };

// Why a document not made yet is due: the date of its step has passed, or
// its month of the pilot ended; and what is missing. For `status` in
// English, and for the portal to word in the reader's language.
struct DueReason {
    enum class Kind { StepDate, MonthEnded };
    Kind kind = Kind::StepDate;
    model::Step step{};  // StepDate: the document's step
    model::Date date;    // the step's date, or the last day of the month
    long daysAgo = 0;    // MonthEnded: since that day
    bool dataGiven = false;  // the data is there, the PDF is not: a batch makes it

    // "pilot_start on 2025-05-09: no PDF yet (run wopdocs batch)", "the month
    // ended 2024-07-31, 20 days ago: no data yet".
    std::string str() const;
};

struct DocumentStatus {
    std::string document;  // base name: "monthly-report-2024-07"
    DocumentState state = DocumentState::Done;
    std::vector<store::DocumentRecord> latest;  // done: the latest version in each language made
    std::optional<DueReason> reason;            // due or overdue: why
};

struct PartnershipStatus {
    std::string id;
    std::optional<model::Step> step;  // the last step reached, in the guideline's order
    std::optional<model::Date> stepDate;
    std::optional<NextStep> next;  // none once the partnership is finished
    std::vector<DocumentStatus> documents;  // in the guideline's order; documents not yet due are left out
    std::vector<store::Supersession> superseded;  // final versions a later one replaced: re-sign

    int count(DocumentState state) const;
};

// Days after the end of a pilot month before its report is overdue.
inline constexpr int monthlyReportGraceDays = 15;

// `contents`: what the versions say, for what changed since a final
// version; `copies`: what came back signed of it.
PartnershipStatus partnershipStatus(const model::Partnership& partnership, const store::VersionIndex& registry,
                                    store::DocumentContents& contents, store::SignedCopies& copies,
                                    const model::Date& today);

// The latest version of a document in each language it was made in.
std::vector<store::DocumentRecord> latestVersions(const store::VersionIndex& registry, const std::string& partnership,
                                                  const std::string& document);
// Each document of the partnership (or store::programKey) whose final
// version a later one replaced, with what changed since and what came back
// signed of it.
std::vector<store::Supersession> supersededFinals(const store::VersionIndex& registry, store::DocumentContents& contents,
                                                  store::SignedCopies& copies, const std::string& partnership);

}  // namespace wop::batch
