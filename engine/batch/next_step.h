// What a partnership does next: the guideline's step after the last one
// reached, the documents that step asks for and, where the guideline
// implies one, when it is to happen. For `status`, which a facilitator
// reads to know what to write next.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "model/partnership.h"

namespace wop::batch {

struct NextStep {
    model::Step step;
    std::vector<std::string_view> documents;  // document ids: "diagnostic-report"; none for the dissemination workshop
    // When the guideline implies a date: on `from` when `to` equals it, else
    // from `from` to `to`, or not before `from` when there is no `to`.
    std::optional<model::Date> from;
    std::optional<model::Date> to;
    std::string why;  // what implies the date: "a pilot of 6 to 8 months (guideline 2.6)"

    // "diagnostic_visit: diagnostic-report", with its date when known.
    std::string str() const;
    // "on 2025-05-09", "2025-12-01 to 2026-02-01", "after 2025-12-31", or empty.
    std::string when() const;
};

// None once the last step, the recommendation, is reached.
std::optional<NextStep> nextStep(const model::Partnership& partnership);

}  // namespace wop::batch
