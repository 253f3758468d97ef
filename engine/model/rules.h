// The guideline's rules (docs/data-format.md, "Rules"): team size, pilot
// length, initial meeting attendance, signatories, order of the steps. Each
// broken rule is a warning naming the rule and its section of the guideline.
#pragma once

#include <vector>

#include "model/diagnostic.h"
#include "model/partnership.h"

namespace wop::model {

// A pilot lasts 6 to 8 months (guideline 2.6).
inline constexpr int shortestPilotMonths = 6;
inline constexpr int longestPilotMonths = 8;

std::vector<Diagnostic> checkRules(const Partnership& partnership);

}  // namespace wop::model
