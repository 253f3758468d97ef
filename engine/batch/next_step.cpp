#include "batch/next_step.h"

#include "context/catalogue.h"
#include "context/facts.h"
#include "model/rules.h"

namespace wop::batch {

namespace {

using model::Step;

std::vector<std::string_view> documentsOf(Step step) {
    // The monthly reports, dated by their month, have no step: they begin with the pilot.
    if (step == Step::PilotStart) return {"monthly-report"};
    std::vector<std::string_view> documents;
    for (const context::DocumentType& type : context::documentTypes())
        if (type.step == step) documents.push_back(type.id);
    return documents;
}

// The dates the guideline implies for the step, given the steps before it.
void setWhen(const model::Partnership& partnership, NextStep& next) {
    const auto& memorandum = partnership.step(Step::MemorandumOfAgreement);
    const auto& pilotStart = partnership.step(Step::PilotStart);
    const auto& pilotEnd = partnership.step(Step::PilotEnd);
    if (next.step == Step::PilotStart && memorandum) {
        next.from = next.to = memorandum;
        next.basis = DateBasis::MemorandumSigned;
    } else if (next.step == Step::PilotEnd && pilotStart) {
        if (partnership.workPlan && partnership.workPlan->pilot) {
            next.from = next.to = partnership.workPlan->pilot->to;
            next.basis = DateBasis::WorkPlanPilot;
        } else {
            next.from = model::addMonths(*pilotStart, model::shortestPilotMonths);
            next.to = model::addMonths(*pilotStart, model::longestPilotMonths);
            next.basis = DateBasis::PilotLength;
            next.basisDate = pilotStart;
        }
    } else if (next.step == Step::FinalReports && pilotEnd) {
        next.from = pilotEnd;
        next.basis = DateBasis::PilotEnded;
        next.basisDate = pilotEnd;
    }
}

}  // namespace

std::string NextStep::when() const {
    if (!from) return "";
    if (!to) return "after " + from->iso();
    if (*from == *to) return "on " + from->iso();
    return from->iso() + " to " + to->iso();
}

std::string NextStep::why() const {
    switch (basis) {
        case DateBasis::None: return "";
        case DateBasis::MemorandumSigned: return "the pilot begins with the signing of the MoA (guideline 3.1.7)";
        case DateBasis::WorkPlanPilot: return "the end of the pilot the work plan plans (guideline 3.1.6)";
        case DateBasis::PilotLength:
            return "a pilot of " + std::to_string(model::shortestPilotMonths) + " to " +
                   std::to_string(model::longestPilotMonths) + " months from its start on " + basisDate->iso() +
                   " (guideline 2.6)";
        case DateBasis::PilotEnded:
            return "the final reports follow the pilot, which ended on " + basisDate->iso() + " (guideline 3.3.1)";
    }
    return "";
}

std::string NextStep::str() const {
    std::string text(model::stepKey(step));
    text += ": ";
    if (documents.empty()) text += "no document";
    for (std::size_t i = 0; i < documents.size(); ++i) text += (i ? ", " : "") + std::string(documents[i]);
    if (from) text += ", " + when();
    return text;
}

std::optional<NextStep> nextStep(const model::Partnership& partnership) {
    const auto reached = context::latestStep(partnership);
    const int next = reached ? static_cast<int>(*reached) + 1 : 0;
    if (next >= model::stepCount) return std::nullopt;
    NextStep step{static_cast<Step>(next), documentsOf(static_cast<Step>(next)), {}, {}, DateBasis::None, {}};
    setWhen(partnership, step);
    return step;
}

}  // namespace wop::batch
