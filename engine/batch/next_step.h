// What a partnership does next: the guideline's step after the last one
// reached, the documents that step asks for and, where the guideline
// implies one, when it is to happen and why. For `status`, which a
// facilitator reads to know what to write next, and the portal's due page,
// which words it in the reader's language.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "model/partnership.h"

namespace wop::batch {

// What in the guideline implies the next step's date.
enum class DateBasis {
    None,
    MemorandumSigned,  // the pilot begins with the signing of the MoA (3.1.7)
    WorkPlanPilot,     // the pilot ends when the work plan plans it (3.1.6)
    PilotLength,       // a pilot lasts 6 to 8 months from its start (2.6)
    PilotEnded,        // the final reports follow the pilot (3.3.1)
};

struct NextStep {
    model::Step step;
    std::vector<std::string_view> documents;  // document ids: "diagnostic-report"; none for the dissemination workshop
    // When the guideline implies a date: on `from` when `to` equals it, else
    // from `from` to `to`, or not before `from` when there is no `to`.
    std::optional<model::Date> from;
    std::optional<model::Date> to;
    DateBasis basis = DateBasis::None;
    // PilotLength: the pilot's start; PilotEnded: its end.
    std::optional<model::Date> basisDate;

    // What implies the date, in English: "a pilot of 6 to 8 months from its
    // start on 2025-06-01 (guideline 2.6)"; empty without a basis.
    std::string why() const;
    // "diagnostic_visit: diagnostic-report", with its date when known.
    std::string str() const;
    // "on 2025-05-09", "2025-12-01 to 2026-02-01", "after 2025-12-31", or empty.
    std::string when() const;
};

// None once the last step, the recommendation, is reached.
std::optional<NextStep> nextStep(const model::Partnership& partnership);

}  // namespace wop::batch
