#include "context/assessment.h"

#include <algorithm>
#include <initializer_list>
#include <span>
#include <string_view>
#include <utility>

#include "context/facts.h"

namespace wop::context {

namespace {

using model::Partnership;
using model::Step;

int count(bool recorded) {
    return recorded ? 1 : 0;
}

const model::WorkPlan& workPlanOrNone(const Partnership& partnership) {
    static const model::WorkPlan none;
    return partnership.workPlan ? *partnership.workPlan : none;
}

using DocumentIds = std::span<const std::string_view>;

constexpr std::string_view mentorReports[] = {"diagnostic-report", "monitoring-report", "final-report-mentor"};
// One monthly report per month recorded: availableDocuments lists each.
constexpr std::string_view menteeReports[] = {"study-visit-report", "monthly-report", "final-report-mentee"};

std::vector<DocumentInstance> reportsOf(const Partnership& partnership, DocumentIds ids) {
    std::vector<DocumentInstance> reports;
    for (const DocumentInstance& document : availableDocuments(partnership)) {
        if (std::find(ids.begin(), ids.end(), document.type->id) != ids.end()) reports.push_back(document);
    }
    return reports;
}

// A report the data holds is delivered unless records say otherwise.
int reportsDelivered(const Partnership& partnership, DocumentIds ids, const DeliveryRecords* records) {
    const auto reports = reportsOf(partnership, ids);
    return static_cast<int>(std::count_if(reports.begin(), reports.end(), [&](const DocumentInstance& report) {
        return !records || records->delivered(report);
    }));
}

int adviceInMonitoringVisits(const Partnership& partnership) {
    int advice = 0;
    if (partnership.monitoring) {
        for (const auto& visit : partnership.monitoring->visits) advice += static_cast<int>(visit.advice.size());
    }
    return advice;
}

MentorFigures mentorFigures(const Partnership& partnership, const DeliveryRecords* records) {
    const model::WorkPlan& plan = workPlanOrNone(partnership);
    MentorFigures figures;
    figures.meetingsHeld = count(reached(partnership, Step::InitialMeeting)) +
                           count(reached(partnership, Step::EvaluationMeeting));
    figures.meetingsPlanned = plan.plannedMeetings;
    figures.visitsHeld = count(reached(partnership, Step::DiagnosticVisit)) +
                         (partnership.monitoring ? static_cast<int>(partnership.monitoring->visits.size()) : 0);
    figures.visitsPlanned = 1 + plan.plannedMonitoringVisits;
    figures.reportsDelivered = reportsDelivered(partnership, mentorReports, records);
    figures.reportsDue = 3;
    figures.adviceGiven = adviceInMonitoringVisits(partnership) +
                          (partnership.assessment ? partnership.assessment->adviceGiven : 0);
    return figures;
}

MenteeFigures menteeFigures(const Partnership& partnership, const DeliveryRecords* records) {
    const model::WorkPlan& plan = workPlanOrNone(partnership);
    const int monthlyReports = static_cast<int>(partnership.monthlyReports.size());
    MenteeFigures figures;
    figures.activitiesDone = static_cast<int>(
        std::count_if(plan.activities.begin(), plan.activities.end(), [](const auto& activity) { return activity.done; }));
    figures.activitiesPlanned = static_cast<int>(plan.activities.size());
    figures.reportsDelivered = reportsDelivered(partnership, menteeReports, records);
    // Without both pilot dates the months due are unknown; count those reported.
    figures.reportsDue = 1 + pilotMonths(partnership).value_or(monthlyReports) + 1;
    figures.targetsMet = targetsMet(partnership);
    figures.targetsTotal = targetsTotal(partnership);
    figures.sops = partnership.finalReportMentee ? static_cast<int>(partnership.finalReportMentee->sops.size()) : 0;
    return figures;
}

using NamedFigures = std::initializer_list<std::pair<const char*, int>>;

Value numbers(const Values& values, NamedFigures figures) {
    Value result;
    for (const auto& [key, figure] : figures) result.set(key, values.number(figure));
    return result;
}

// The share of what was planned or due that was done; more than planned is
// still 100%. False when nothing was planned: there is no share to print.
Value share(const Values& values, int done, int planned) {
    if (planned <= 0) return false;
    return values.locale().percent(std::min(1.0, static_cast<double>(done) / planned));
}

Value mentorValues(const MentorFigures& figures, const Values& values) {
    Value result = numbers(values, {{"meetings_held", figures.meetingsHeld},
                                   {"meetings_planned", figures.meetingsPlanned},
                                   {"visits_held", figures.visitsHeld},
                                   {"visits_planned", figures.visitsPlanned},
                                   {"reports_delivered", figures.reportsDelivered},
                                   {"reports_due", figures.reportsDue},
                                   {"advice_given", figures.adviceGiven}});
    result.set("commitment_pct", share(values, figures.meetingsHeld + figures.visitsHeld,
                                       figures.meetingsPlanned + figures.visitsPlanned));
    result.set("reports_pct", share(values, figures.reportsDelivered, figures.reportsDue));
    return result;
}

Value menteeValues(const MenteeFigures& figures, const Values& values) {
    Value result = numbers(values, {{"activities_done", figures.activitiesDone},
                                   {"activities_planned", figures.activitiesPlanned},
                                   {"reports_delivered", figures.reportsDelivered},
                                   {"reports_due", figures.reportsDue},
                                   {"targets_met", figures.targetsMet},
                                   {"targets_total", figures.targetsTotal},
                                   {"sops", figures.sops}});
    result.set("commitment_pct", share(values, figures.activitiesDone, figures.activitiesPlanned));
    result.set("reports_pct", share(values, figures.reportsDelivered, figures.reportsDue));
    result.set("lessons_pct", share(values, figures.targetsMet, figures.targetsTotal));
    return result;
}

Value notes(const model::AssessmentNotes& notes, const Values& values) {
    return Object{
        {"uniqueness", values.text(notes.uniqueness)},
        {"targets", values.text(notes.targets)},
        {"horizon", values.text(notes.horizon)},
    };
}

}  // namespace

AssessmentFigures assessmentFigures(const Partnership& partnership, const DeliveryRecords* records) {
    return {mentorFigures(partnership, records), menteeFigures(partnership, records)};
}

std::vector<DocumentInstance> assessedReports(const Partnership& partnership) {
    std::vector<DocumentInstance> reports = reportsOf(partnership, mentorReports);
    const auto mentee = reportsOf(partnership, menteeReports);
    reports.insert(reports.end(), mentee.begin(), mentee.end());
    return reports;
}

Value assessment(const Partnership& partnership, const Values& values) {
    const AssessmentFigures figures = assessmentFigures(partnership, values.records());
    return Object{
        {"mentor", mentorValues(figures.mentor, values)},
        {"mentee", menteeValues(figures.mentee, values)},
        {"mentor_notes", notes(partnership.assessment->mentor, values)},
        {"mentee_notes", notes(partnership.assessment->mentee, values)},
    };
}

}  // namespace wop::context
