// What the partnership data says beyond its fields, for the computed values
// of several documents (pilot length, progress, targets). Step dates are the
// record of what happened: a step without a date has not happened yet.
#pragma once

#include <optional>

#include "model/partnership.h"

namespace wop::context {

bool reached(const model::Partnership& partnership, model::Step step);

// The pilot's length in whole months, when both its start and end are known.
std::optional<int> pilotMonths(const model::Partnership& partnership);

// The planned pilot's length in whole months, when the work plan plans it.
std::optional<int> plannedPilotMonths(const model::Partnership& partnership);

// The month of the pilot a month falls in, 1-based, when the pilot's start is known.
std::optional<int> pilotMonthNumber(const model::Partnership& partnership, const model::YearMonth& month);

// The last step in the guideline's order that has happened.
std::optional<model::Step> latestStep(const model::Partnership& partnership);

int targetsMet(const model::Partnership& partnership);
int targetsTotal(const model::Partnership& partnership);

}  // namespace wop::context
