#include "context/program.h"

#include "context/facts.h"
#include "context/labels.h"

namespace wop::context {

namespace {

using model::Partnership;
using model::Step;

enum class Stage { Preparation, Pilot, Finished };

// The recommendation letter officially finishes a partnership (3.3.3); the
// pilot phase runs from its start until then.
Stage stageOf(const Partnership& partnership) {
    if (reached(partnership, Step::Recommendation)) return Stage::Finished;
    if (reached(partnership, Step::PilotStart)) return Stage::Pilot;
    return Stage::Preparation;
}

// "Non-revenue water: 32 % → 24 %" for each target met.
Value results(const Partnership& partnership, const Values& values) {
    Value list = Value::list();
    if (!partnership.workPlan) return list;
    const Labels& words = labels(values.lang());
    for (const auto& target : partnership.workPlan->pilotTargets) {
        if (!target.met) continue;
        // A target met without its achieved value recorded reached at least the target.
        const std::string achieved = target.achieved.value_or(target.target);
        list.push_back(target.indicator.in(values.lang()) + ": " + target.baseline + std::string(words.resultArrow) +
                       achieved);
    }
    return list;
}

Value stage(const Partnership& partnership, const Values& values) {
    const auto step = latestStep(partnership);
    if (!step) return false;
    return std::string(label(labels(values.lang()).steps, *step));
}

Value entry(const Partnership& partnership, const Values& values) {
    const std::vector<model::Text> none;
    // Targets are measured at the pilot's end: before it there is no count.
    const bool ended = reached(partnership, Step::PilotEnd);
    return Object{
        {"title", values.text(partnership.title)},
        {"reference", partnership.reference},
        {"mentor", values.text(partnership.mentor.name)},
        {"mentee", values.text(partnership.mentee.name)},
        {"subject", values.text(partnership.subject)},
        {"stage", stage(partnership, values)},
        {"pilot_start", values.date(partnership.step(Step::PilotStart))},
        {"pilot_end", values.date(partnership.step(Step::PilotEnd))},
        {"pilot_running", reached(partnership, Step::PilotStart) && !ended},
        {"targets_met", ended ? values.number(targetsMet(partnership)) : Value(false)},
        {"targets_total", ended ? values.number(targetsTotal(partnership)) : Value(false)},
        {"results", results(partnership, values)},
        {"lessons", values.texts(partnership.evaluation ? partnership.evaluation->lessons : none)},
        {"next_steps", values.texts(partnership.recommendation ? partnership.recommendation->results : none)},
    };
}

}  // namespace

Value program(const std::vector<const Partnership*>& partnerships, const Values& values) {
    long inStage[3] = {};  // by Stage
    for (const Partnership* partnership : partnerships) ++inStage[static_cast<int>(stageOf(*partnership))];
    return Object{
        {"partnerships", listOf(partnerships, [&](const Partnership* partnership) { return entry(*partnership, values); })},
        {"count", values.number(static_cast<long>(partnerships.size()))},
        {"in_preparation", values.number(inStage[static_cast<int>(Stage::Preparation)])},
        {"in_pilot", values.number(inStage[static_cast<int>(Stage::Pilot)])},
        {"finished", values.number(inStage[static_cast<int>(Stage::Finished)])},
    };
}

std::optional<model::Date> programDate(const std::vector<const Partnership*>& partnerships) {
    std::optional<model::Date> latest;
    for (const Partnership* partnership : partnerships) {
        for (const auto& date : partnership->steps) {
            if (date && (!latest || *date > *latest)) latest = date;
        }
    }
    return latest;
}

}  // namespace wop::context
