#include "context/sections.h"

#include <algorithm>
#include <map>
#include <stdexcept>
#include <string_view>
#include <utility>

#include "context/assessment.h"
#include "context/facts.h"
#include "context/labels.h"

namespace wop::context {

namespace {

using model::Partnership;

Section section(const model::DocumentInfo& info, const char* key, Value values) {
    return {&info, Object{{key, values}}};
}

Value presentation(const model::Presentation& presentation, const Values& values) {
    return Object{
        {"profile", values.text(presentation.profile)},
        {"water_supply_system", values.text(presentation.waterSupplySystem)},
        {"problems", values.texts(presentation.problems)},
        {"best_practices", values.texts(presentation.bestPractices)},
        {"performance", values.indicators(presentation.performance)},
        {"commitment", values.text(presentation.commitment)},
        {"funding", values.text(presentation.funding)},
        {"people", values.text(presentation.people)},
        {"candidates", values.texts(presentation.candidates)},
    };
}

Value workPlan(const model::WorkPlan& plan, const Values& values) {
    const Labels& words = labels(values.lang());
    return Object{
        {"steps", values.texts(plan.steps)},
        {"description", values.text(plan.description)},
        {"implementation", values.text(plan.implementation)},
        {"activities", values.numbered(plan.activities, [&](const model::Activity& activity) {
             return Object{
                 {"title", values.text(activity.title)},
                 {"owner", std::string(label(words.owners, activity.owner))},
                 {"start", values.date(activity.start)},
                 {"end", values.date(activity.end)},
                 {"done", activity.done},
             };
         })},
        {"pilot_targets", values.numbered(plan.pilotTargets, [&](const model::Target& target) {
             return Object{
                 {"indicator", values.text(target.indicator)},
                 {"baseline", target.baseline},
                 {"target", target.target},
                 {"achieved", target.achieved ? Value(*target.achieved) : Value(false)},
                 {"met", target.met},
             };
         })},
        {"learning_targets", values.texts(plan.learningTargets)},
        {"planned_monitoring_visits", values.number(plan.plannedMonitoringVisits)},
        {"planned_meetings", values.number(plan.plannedMeetings)},
    };
}

// Documents that print the work plan's tables besides their own section.
Section withWorkPlan(Section section, const Partnership& partnership, const Values& values) {
    if (partnership.workPlan) section.values.emplace_back("work_plan", workPlan(*partnership.workPlan, values));
    return section;
}

Section letterOfRequest(const DocumentInstance& document, const Values& values) {
    const auto& letter = *document.partnership->letterOfRequest;
    return section(letter.info, "letter_of_request",
                   Object{
                       {"signatory", values.person(letter.signatory)},
                       {"intention", values.text(letter.intention)},
                       {"readiness", values.text(letter.readiness)},
                       {"expected_results", values.texts(letter.expectedResults)},
                       {"mentor_chosen", letter.mentorChosen},
                   });
}

Section initialMeeting(const DocumentInstance& document, const Values& values) {
    const auto& meeting = *document.partnership->initialMeeting;
    return section(meeting.info, "initial_meeting",
                   Object{
                       {"venue", values.text(meeting.venue)},
                       {"attendees", values.persons(meeting.attendees)},
                       {"mentee_presentation", presentation(meeting.mentee, values)},
                       {"mentor_presentation", presentation(meeting.mentor, values)},
                       {"decision", values.text(meeting.decision)},
                       {"summary", values.text(meeting.summary)},
                   });
}

// The letter thanks whoever of the mentor took part in the initial meeting:
// the addressee, or those who attended for the mentor.
Section confirmation(const DocumentInstance& document, const Values& values) {
    const Partnership& partnership = *document.partnership;
    const auto& letter = *partnership.confirmation;
    std::vector<std::string> attendees;
    if (partnership.initialMeeting) {
        for (const std::string& id : partnership.initialMeeting->attendees) {
            const model::Organisation* party = nullptr;
            if (partnership.findPerson(id, &party) && party == &partnership.mentor) attendees.push_back(id);
        }
    }
    const bool addresseeAttended = std::find(attendees.begin(), attendees.end(), letter.addressee) != attendees.end();
    return section(letter.info, "confirmation",
                   Object{
                       {"addressee", values.person(letter.addressee)},
                       {"signatory", values.person(letter.signatory)},
                       {"reply_by", values.date(letter.replyBy)},
                       {"addressee_attended", addresseeAttended},
                       {"mentor_attendees", values.names(attendees)},
                   });
}

Section mentorWorkshop(const DocumentInstance& document, const Values& values) {
    const auto& workshop = *document.partnership->mentorWorkshop;
    return section(workshop.info, "mentor_workshop",
                   Object{
                       {"venue", values.text(workshop.venue)},
                       {"participants", values.texts(workshop.participants)},
                       {"experiences", values.texts(workshop.experiences)},
                       {"strategies", values.texts(workshop.strategies)},
                       {"guidelines", values.texts(workshop.guidelines)},
                   });
}

Section letterOfIntent(const DocumentInstance& document, const Values& values) {
    const auto& letter = *document.partnership->letterOfIntent;
    return section(letter.info, "letter_of_intent",
                   Object{
                       {"place", values.text(letter.place)},
                       {"commitments", Object{
                                           {"mentor", values.texts(letter.commitments.mentor)},
                                           {"mentee", values.texts(letter.commitments.mentee)},
                                           {"facilitator", values.texts(letter.commitments.facilitator)},
                                       }},
                       {"signatories", values.persons(letter.signatories)},
                       {"witnesses", listOf(letter.witnesses, [&](const model::Witness& witness) {
                            return Object{
                                {"name", values.text(witness.name)},
                                {"title", values.text(witness.title)},
                                {"organisation", values.text(witness.organisation)},
                            };
                        })},
                   });
}

Section diagnostic(const DocumentInstance& document, const Values& values) {
    const auto& report = *document.partnership->diagnostic;
    return section(report.info, "diagnostic",
                   Object{
                       {"visit", values.range(report.visit)},
                       {"pre_study_data", values.texts(report.preStudyData)},
                       {"survey", values.texts(report.survey)},
                       {"problems", values.texts(report.problems)},
                       {"analysis", values.text(report.analysis)},
                       {"strategies", values.texts(report.strategies)},
                   });
}

Section workPlanSection(const DocumentInstance& document, const Values& values) {
    const auto& plan = *document.partnership->workPlan;
    return section(plan.info, "work_plan", workPlan(plan, values));
}

Section memorandum(const DocumentInstance& document, const Values& values) {
    const auto& memorandum = *document.partnership->memorandum;
    const Labels& words = labels(values.lang());
    Section result = section(memorandum.info, "memorandum",
                             Object{
                                 {"place", values.text(memorandum.place)},
                                 {"costs", listOf(memorandum.costs, [&](const model::CostItem& cost) {
                                      return Object{
                                          {"item", values.text(cost.item)},
                                          {"paid_by", std::string(label(words.roles, cost.paidBy))},
                                      };
                                  })},
                                 {"signatories", values.persons(memorandum.signatories)},
                             });
    return withWorkPlan(std::move(result), *document.partnership, values);
}

// The purpose's number is kept as given; one outside 1-5 has no wording.
std::string purposeWording(int purpose, const Values& values) {
    const auto& purposes = labels(values.lang()).studyVisitPurposes;
    if (purpose < 1 || purpose > studyVisitPurposeCount) return {};
    return std::string(purposes[purpose - 1]);
}

Section studyVisit(const DocumentInstance& document, const Values& values) {
    const auto& visit = *document.partnership->studyVisit;
    return section(visit.info, "study_visit",
                   Object{
                       {"visit", values.range(visit.visit)},
                       {"places", values.texts(visit.places)},
                       {"people", values.texts(visit.people)},
                       {"learnings", listOf(visit.learnings, [&](const model::Learning& learning) {
                            return Object{
                                {"purpose_number", values.number(learning.purpose)},
                                {"purpose", purposeWording(learning.purpose, values)},
                                {"text", values.text(learning.text)},
                            };
                        })},
                   });
}

const model::MonthlyReport& reportOf(const DocumentInstance& document) {
    const auto& reports = document.partnership->monthlyReports;
    auto found = std::find_if(reports.begin(), reports.end(),
                              [&](const model::MonthlyReport& report) { return report.month == document.month; });
    if (found == reports.end()) throw std::invalid_argument("no monthly report for " + document.baseName());
    return *found;
}

Section monthlyReport(const DocumentInstance& document, const Values& values) {
    const auto& report = reportOf(document);
    const auto monthNumber = pilotMonthNumber(*document.partnership, report.month);
    return section(report.info, "report",
                   Object{
                       {"month", values.locale().month(report.month)},
                       {"month_number", monthNumber ? values.number(*monthNumber) : Value(false)},
                       {"progress", values.indicators(report.progress)},
                       {"activities", values.texts(report.activities)},
                       {"actions_on_advice", values.texts(report.actionsOnAdvice)},
                       {"findings", values.texts(report.findings)},
                       {"obstacles", values.texts(report.obstacles)},
                       {"requests", values.texts(report.requests)},
                   });
}

Section monitoring(const DocumentInstance& document, const Values& values) {
    const auto& report = *document.partnership->monitoring;
    return section(report.info, "monitoring",
                   Object{
                       {"visits", values.numbered(report.visits, [&](const model::MonitoringVisit& visit) {
                            return Object{
                                {"date", values.date(visit.date)},
                                {"observations", values.texts(visit.observations)},
                                {"advice", values.texts(visit.advice)},
                                {"training", values.texts(visit.training)},
                            };
                        })},
                   });
}

// The final report sums up the monthly reports, in the order of their months.
Value monthlyActivities(const Partnership& partnership, const Values& values) {
    std::vector<const model::MonthlyReport*> reports;
    for (const auto& report : partnership.monthlyReports) reports.push_back(&report);
    std::sort(reports.begin(), reports.end(), [](auto* a, auto* b) { return a->month < b->month; });
    return listOf(reports, [&](const model::MonthlyReport* report) {
        return Object{
            {"month", values.locale().month(report->month)},
            {"activities", values.texts(report->activities)},
        };
    });
}

Section finalReportMentee(const DocumentInstance& document, const Values& values) {
    const auto& report = *document.partnership->finalReportMentee;
    Section result = section(report.info, "final_report_mentee",
                             Object{
                                 {"summary", values.text(report.summary)},
                                 {"implementation", values.text(report.implementation)},
                                 {"sops", values.texts(report.sops)},
                             });
    result.values.emplace_back("monthly_reports", monthlyActivities(*document.partnership, values));
    return withWorkPlan(std::move(result), *document.partnership, values);
}

Section finalReportMentor(const DocumentInstance& document, const Values& values) {
    const auto& report = *document.partnership->finalReportMentor;
    Section result = section(report.info, "final_report_mentor",
                             Object{
                                 {"conclusion", values.text(report.conclusion)},
                                 {"mentee_performance", values.text(report.menteePerformance)},
                             });
    return withWorkPlan(std::move(result), *document.partnership, values);
}

Section evaluation(const DocumentInstance& document, const Values& values) {
    const auto& meeting = *document.partnership->evaluation;
    return section(meeting.info, "evaluation",
                   Object{
                       {"venue", values.text(meeting.venue)},
                       {"attendees", values.persons(meeting.attendees)},
                       {"process", values.text(meeting.process)},
                       {"implementation", values.text(meeting.implementation)},
                       {"achievements", values.texts(meeting.achievements)},
                       {"recommendations", values.texts(meeting.recommendations)},
                       {"lessons", values.texts(meeting.lessons)},
                   });
}

Section recommendation(const DocumentInstance& document, const Values& values) {
    const auto& letter = *document.partnership->recommendation;
    return section(letter.info, "recommendation",
                   Object{
                       {"addressee", values.person(letter.addressee)},
                       {"signatory", values.person(letter.signatory)},
                       {"results", values.texts(letter.results)},
                       {"copied_to", values.texts(letter.copiedTo)},
                   });
}

Section performanceAssessment(const DocumentInstance& document, const Values& values) {
    return section(document.partnership->assessment->info, "assessment", assessment(*document.partnership, values));
}

using SectionBuilder = Section (*)(const DocumentInstance&, const Values&);

const std::map<std::string_view, SectionBuilder> builders = {
    {"letter-of-request", letterOfRequest},
    {"initial-meeting-minutes", initialMeeting},
    {"mentor-confirmation-letter", confirmation},
    {"mentor-workshop-report", mentorWorkshop},
    {"letter-of-intent", letterOfIntent},
    {"diagnostic-report", diagnostic},
    {"work-plan", workPlanSection},
    {"memorandum-of-agreement", memorandum},
    {"study-visit-report", studyVisit},
    {"monthly-report", monthlyReport},
    {"monitoring-report", monitoring},
    {"final-report-mentee", finalReportMentee},
    {"final-report-mentor", finalReportMentor},
    {"evaluation-minutes", evaluation},
    {"recommendation-letter", recommendation},
    {"performance-assessment", performanceAssessment},
};

}  // namespace

Section documentSection(const DocumentInstance& document, const Values& values) {
    return builders.at(document.type->id)(document, values);
}

std::vector<std::string> documentSignatories(const DocumentInstance& document) {
    const Partnership& partnership = *document.partnership;
    if (document.type->id == "letter-of-intent" && partnership.letterOfIntent)
        return partnership.letterOfIntent->signatories;
    if (document.type->id == "memorandum-of-agreement" && partnership.memorandum)
        return partnership.memorandum->signatories;
    return {};
}

}  // namespace wop::context
