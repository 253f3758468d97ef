#include "context/facts.h"

#include <algorithm>
#include <cmath>

namespace wop::context {

using model::Partnership;
using model::Step;

bool reached(const Partnership& partnership, Step step) {
    return partnership.step(step).has_value();
}

namespace {

// Rounded: 1 March to 31 August is 6 months, whether or not the last day counts.
int wholeMonths(const model::Date& from, const model::Date& to) {
    return static_cast<int>(std::lround(model::monthsBetween(from, to)));
}

}  // namespace

std::optional<int> pilotMonths(const Partnership& partnership) {
    const auto& start = partnership.step(Step::PilotStart);
    const auto& end = partnership.step(Step::PilotEnd);
    if (!start || !end) return std::nullopt;
    return wholeMonths(*start, *end);
}

std::optional<int> plannedPilotMonths(const Partnership& partnership) {
    if (!partnership.workPlan || !partnership.workPlan->pilot) return std::nullopt;
    return wholeMonths(partnership.workPlan->pilot->from, partnership.workPlan->pilot->to);
}

std::optional<int> pilotMonthNumber(const Partnership& partnership, const model::YearMonth& month) {
    const auto& start = partnership.step(Step::PilotStart);
    if (!start) return std::nullopt;
    return (month.year - start->year) * 12 + (month.month - start->month) + 1;
}

std::optional<Step> latestStep(const Partnership& partnership) {
    for (int i = model::stepCount - 1; i >= 0; --i) {
        if (partnership.steps[i]) return static_cast<Step>(i);
    }
    return std::nullopt;
}

int targetsMet(const Partnership& partnership) {
    if (!partnership.workPlan) return 0;
    const auto& targets = partnership.workPlan->pilotTargets;
    return static_cast<int>(std::count_if(targets.begin(), targets.end(), [](const auto& target) { return target.met; }));
}

int targetsTotal(const Partnership& partnership) {
    return partnership.workPlan ? static_cast<int>(partnership.workPlan->pilotTargets.size()) : 0;
}

}  // namespace wop::context
