#include "context/assessment.h"

#include <algorithm>
#include <initializer_list>
#include <string_view>
#include <utility>

#include "context/facts.h"

namespace wop::context {

namespace {

using model::Partnership;
using model::Step;

const model::WorkPlan& workPlanOrNone(const Partnership& partnership) {
    static const model::WorkPlan none;
    return partnership.workPlan ? *partnership.workPlan : none;
}

ReportDue due(const Partnership& partnership, std::string_view id, const DeliveryRecords* records,
              std::optional<model::YearMonth> month = std::nullopt) {
    const DocumentInstance document{findDocumentType(id), &partnership, month};
    const model::DocumentInfo* info = documentInfo(document);
    const bool final = info && info->status == model::Status::Final;  // a draft is still being written
    return {document, final && (!records || records->delivered(document))};
}

// The months a monthly report is due for: each month of the pilot once it
// ended; before that (or without its dates) each month reported.
std::vector<model::YearMonth> monthsDue(const Partnership& partnership) {
    std::vector<model::YearMonth> months;
    const auto& start = partnership.step(Step::PilotStart);
    if (const auto count = pilotMonths(partnership); start && count) {
        model::YearMonth month{start->year, start->month};
        for (int i = 0; i < *count; ++i) {
            months.push_back(month);
            month = month.month == 12 ? model::YearMonth{month.year + 1, 1} : model::YearMonth{month.year, month.month + 1};
        }
        return months;
    }
    for (const auto& report : partnership.monthlyReports) months.push_back(report.month);
    std::sort(months.begin(), months.end());
    return months;
}

int delivered(const std::vector<ReportDue>& reports) {
    return static_cast<int>(std::count_if(reports.begin(), reports.end(), [](const ReportDue& r) { return r.delivered; }));
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
    figures.meetingsHeld = static_cast<int>(partnership.meetings.size());
    figures.meetingsPlanned = plan.plannedMeetings;
    figures.visitsHeld = partnership.monitoring ? static_cast<int>(partnership.monitoring->visits.size()) : 0;
    figures.visitsPlanned = plan.plannedMonitoringVisits;
    for (std::string_view id : {"diagnostic-report", "monitoring-report", "final-report-mentor"})
        figures.reports.push_back(due(partnership, id, records));
    figures.adviceInVisits = adviceInMonitoringVisits(partnership);
    const auto counted = partnership.assessment ? partnership.assessment->adviceGiven : std::nullopt;
    figures.adviceCountedByParties = counted.has_value();
    figures.adviceGiven = counted.value_or(figures.adviceInVisits);
    return figures;
}

MenteeFigures menteeFigures(const Partnership& partnership, const DeliveryRecords* records) {
    const model::WorkPlan& plan = workPlanOrNone(partnership);
    MenteeFigures figures;
    figures.activitiesDone = static_cast<int>(
        std::count_if(plan.activities.begin(), plan.activities.end(), [](const auto& activity) { return activity.done; }));
    figures.activitiesPlanned = static_cast<int>(plan.activities.size());
    figures.reports.push_back(due(partnership, "study-visit-report", records));
    for (const model::YearMonth& month : monthsDue(partnership))
        figures.reports.push_back(due(partnership, "monthly-report", records, month));
    figures.reports.push_back(due(partnership, "final-report-mentee", records));
    figures.targetsMet = targetsMet(partnership);
    figures.targetsTotal = targetsTotal(partnership);
    figures.sops = partnership.finalReportMentee ? static_cast<int>(partnership.finalReportMentee->sops.size()) : 0;
    return figures;
}

using NamedFigures = std::initializer_list<std::pair<const char*, int>>;

void setNumbers(Value& result, const Values& values, NamedFigures figures) {
    for (const auto& [key, figure] : figures) result.set(key, values.number(figure));
}

// The share of what was planned or due that was done; more than planned is
// still 100%. False when nothing was planned: there is no share to print.
Value share(const Values& values, int done, int planned) {
    if (planned <= 0) return false;
    return values.locale().percent(std::min(1.0, static_cast<double>(done) / planned));
}

// What a report count counted: each report due, with its date when delivered.
Value reportList(const std::vector<ReportDue>& reports, const Values& values) {
    return listOf(reports, [&](const ReportDue& report) {
        const auto& type = *report.document.type;
        return Object{
            {"title", std::string(values.lang() == model::Lang::Ur ? type.titleUr : type.titleEn)},
            {"month", report.document.month ? Value(values.locale().month(*report.document.month)) : Value(false)},
            {"date", report.delivered ? values.date(documentDate(report.document)) : Value(false)},
            {"delivered", report.delivered},
        };
    });
}

Value mentorValues(const Partnership& partnership, const MentorFigures& figures, const Values& values) {
    Value result;
    setNumbers(result, values, {{"meetings_held", figures.meetingsHeld},
                                {"meetings_planned", figures.meetingsPlanned},
                                {"visits_held", figures.visitsHeld},
                                {"visits_planned", figures.visitsPlanned},
                                {"reports_delivered", figures.reportsDelivered()},
                                {"reports_due", figures.reportsDue()},
                                {"advice_given", figures.adviceGiven},
                                {"advice_in_visits", figures.adviceInVisits}});
    result.set("advice_counted_by_parties", figures.adviceCountedByParties);
    result.set("commitment_pct", share(values, figures.meetingsHeld + figures.visitsHeld,
                                       figures.meetingsPlanned + figures.visitsPlanned));
    result.set("reports_pct", share(values, figures.reportsDelivered(), figures.reportsDue()));
    result.set("meetings", listOf(partnership.meetings, [&](const model::Meeting& meeting) {
                   return Object{{"date", values.date(meeting.date)}, {"subject", values.text(meeting.subject)}};
               }));
    const std::vector<model::MonitoringVisit> none;
    result.set("visits", listOf(partnership.monitoring ? partnership.monitoring->visits : none,
                                [&](const model::MonitoringVisit& visit) {
                                    return Object{{"date", values.date(visit.date)},
                                                  {"advice", values.number(static_cast<long>(visit.advice.size()))}};
                                }));
    result.set("reports", reportList(figures.reports, values));
    return result;
}

Value menteeValues(const Partnership& partnership, const MenteeFigures& figures, const Values& values) {
    Value result;
    setNumbers(result, values, {{"activities_done", figures.activitiesDone},
                                {"activities_planned", figures.activitiesPlanned},
                                {"reports_delivered", figures.reportsDelivered()},
                                {"reports_due", figures.reportsDue()},
                                {"targets_met", figures.targetsMet},
                                {"targets_total", figures.targetsTotal},
                                {"sops", figures.sops}});
    result.set("commitment_pct", share(values, figures.activitiesDone, figures.activitiesPlanned));
    result.set("reports_pct", share(values, figures.reportsDelivered(), figures.reportsDue()));
    result.set("lessons_pct", share(values, figures.targetsMet, figures.targetsTotal));
    const model::WorkPlan& plan = workPlanOrNone(partnership);
    Value open = Value::list();
    for (std::size_t i = 0; i < plan.activities.size(); ++i) {
        const model::Activity& activity = plan.activities[i];
        if (activity.done) continue;
        open.push_back(Object{{"number", values.number(static_cast<long>(i + 1))},
                              {"title", values.text(activity.title)},
                              {"end", values.date(activity.end)}});
    }
    result.set("activities_open", open);
    result.set("reports", reportList(figures.reports, values));
    result.set("targets", values.numbered(plan.pilotTargets, [&](const model::Target& target) {
                   return Object{{"indicator", values.text(target.indicator)},
                                 {"met", target.met},
                                 {"achieved", target.achieved ? Value(*target.achieved) : Value(false)},
                                 {"target", target.target}};
               }));
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

int MentorFigures::reportsDelivered() const { return delivered(reports); }
int MenteeFigures::reportsDelivered() const { return delivered(reports); }

AssessmentFigures assessmentFigures(const Partnership& partnership, const DeliveryRecords* records) {
    return {mentorFigures(partnership, records), menteeFigures(partnership, records)};
}

std::vector<DocumentInstance> assessedReports(const Partnership& partnership) {
    std::vector<DocumentInstance> reports;
    const AssessmentFigures figures = assessmentFigures(partnership);
    for (const auto* list : {&figures.mentor.reports, &figures.mentee.reports})
        for (const ReportDue& report : *list)
            if (report.delivered) reports.push_back(report.document);
    return reports;
}

Value assessment(const Partnership& partnership, const Values& values) {
    const AssessmentFigures figures = assessmentFigures(partnership, values.records());
    const model::WorkPlan& plan = workPlanOrNone(partnership);
    return Object{
        {"mentor", mentorValues(partnership, figures.mentor, values)},
        {"mentee", menteeValues(partnership, figures.mentee, values)},
        {"work_plan_date", values.date(plan.info.date ? plan.info.date : partnership.step(Step::WorkPlan))},
        {"mentor_notes", notes(partnership.assessment->mentor, values)},
        {"mentee_notes", notes(partnership.assessment->mentee, values)},
    };
}

}  // namespace wop::context
