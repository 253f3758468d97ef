#include "fixture.h"

#include <stdexcept>
#include <utility>

#include "template/mustache_data.h"

namespace wop::test {

namespace {

using namespace model;

Text en(const char* english) {
    return {english, ""};
}

Text both(const char* english, const char* urdu) {
    return {english, urdu};
}

Person person(const char* id, const char* name, const char* title, std::vector<Duty> duties) {
    return {id, en(name), en(title), std::move(duties), std::string(id) + "@example.org", {}};
}

Organisation pwon() {
    Organisation organisation;
    organisation.id = "pwon";
    organisation.name = both("Pakistan Water Operators Network", "پاکستان واٹر آپریٹرز نیٹ ورک");
    organisation.shortName = "PWON";
    organisation.city = both("Lahore", "لاہور");
    organisation.people = {person("chair", "Ahmed Raza", "Chairman, PWON", {Duty::Chairman}),
                           person("nc", "Sana Malik", "National Coordinator", {Duty::NationalCoordinator})};
    return organisation;
}

Organisation mentor() {
    Organisation organisation;
    organisation.id = "wasa-lhr";
    organisation.name = both("WASA Lahore", "واسا لاہور");
    organisation.shortName = "WASA-L";
    organisation.performance = {{both("Non-revenue water", "غیر محصولی پانی"), "24 %"}};
    organisation.people = {person("lhr-md", "Imran Qureshi", "Managing Director", {Duty::Director, Duty::ManagingDirector}),
                           person("lhr-lead", "Nadia Shah", "Deputy Director", {Duty::TeamLeader})};
    return organisation;
}

Organisation mentee() {
    Organisation organisation;
    organisation.id = "wasa-fsd";
    organisation.name = both("WASA Faisalabad", "واسا فیصل آباد");
    organisation.shortName = "WASA-F";
    organisation.people = {person("fsd-dir", "Bilal Ahmad", "Director Operations", {Duty::Director}),
                           person("fsd-md", "Farah Javed", "Managing Director", {Duty::ManagingDirector}),
                           person("fsd-focal", "Usman Ali", "Assistant Director", {Duty::FocalPerson, Duty::TeamLeader}),
                           person("fsd-eng", "Hina Akram", "Engineer", {Duty::TeamMember, Duty::Other})};
    return organisation;
}

void setSteps(Partnership& partnership) {
    const std::pair<Step, const char*> steps[] = {
        {Step::Request, "2025-01-10"},          {Step::InitialMeeting, "2025-01-20"},
        {Step::Confirmation, "2025-01-25"},     {Step::MentorWorkshop, "2025-02-01"},
        {Step::LetterOfIntent, "2025-02-14"},   {Step::DiagnosticVisit, "2025-02-20"},
        {Step::WorkPlan, "2025-03-01"},         {Step::MemorandumOfAgreement, "2025-03-10"},
        {Step::StudyVisit, "2025-03-15"},       {Step::PilotStart, "2025-04-01"},
        {Step::PilotEnd, "2025-09-30"},         {Step::FinalReports, "2025-10-10"},
        {Step::EvaluationMeeting, "2025-10-20"},
    };
    for (const auto& [step, iso] : steps) partnership.steps[static_cast<int>(step)] = date(iso);
}

WorkPlan workPlan() {
    WorkPlan plan;
    plan.info.date = date("2025-02-28");
    plan.activities = {{en("Zone metering"), Owner::Mentee, date("2025-04-01"), date("2025-05-31"), true},
                       {en("Leak survey"), Owner::Joint, date("2025-05-01"), date("2025-06-30"), true},
                       {en("Billing audit"), Owner::Mentor, date("2025-06-01"), date("2025-07-31"), true},
                       {en("SOP drafting"), Owner::Mentee, date("2025-08-01"), date("2025-09-30"), false}};
    plan.pilotTargets = {{both("Non-revenue water", "غیر محصولی پانی"), "32 %", "25 %", "24 %", true},
                         {en("Supply hours"), "12 h/day", "18 h/day", std::nullopt, true},
                         {en("Metered connections"), "40 %", "60 %", "52 %", false}};
    plan.plannedMonitoringVisits = 3;
    plan.plannedMeetings = 2;
    return plan;
}

MonthlyReport monthlyReport(int month, const char* activity) {
    MonthlyReport report;
    report.month = {2025, month};
    report.activities = {en(activity)};
    return report;
}

MonitoringVisit monitoringVisit(const char* iso, int advice) {
    MonitoringVisit visit;
    visit.date = date(iso);
    for (int i = 0; i < advice; ++i) visit.advice.push_back(en("advice"));
    return visit;
}

}  // namespace

model::Date date(const char* iso) {
    auto parsed = model::Date::parse(iso);
    if (!parsed) throw std::invalid_argument(std::string("bad date in fixture: ") + iso);
    return *parsed;
}

model::Partnership samplePartnership() {
    Partnership partnership;
    partnership.id = "lahore-faisalabad";
    partnership.reference = "PWON/WOP/2025/03";
    partnership.title = both("Reducing non-revenue water in Faisalabad", "فیصل آباد میں غیر محصولی پانی میں کمی");
    partnership.subject = en("Non-revenue water");
    partnership.facilitator = pwon();
    partnership.mentor = mentor();
    partnership.mentee = mentee();
    setSteps(partnership);

    LetterOfIntent letter;
    letter.info = {Status::Final, date("2025-02-15")};
    letter.place = both("Faisalabad", "فیصل آباد");
    letter.signatories = {"fsd-dir", "lhr-md", "chair"};
    partnership.letterOfIntent = letter;

    partnership.diagnostic = DiagnosticReport{};
    partnership.workPlan = workPlan();
    partnership.studyVisit = StudyVisit{};
    partnership.studyVisit->learnings = {{3, en("Billing workflow")}};
    partnership.monthlyReports = {monthlyReport(5, "Leak survey"), monthlyReport(4, "Zone metering")};
    partnership.monitoring = MonitoringReport{};
    partnership.monitoring->visits = {monitoringVisit("2025-05-15", 2), monitoringVisit("2025-07-15", 1)};
    partnership.finalReportMentee = FinalReportMentee{};
    partnership.finalReportMentee->sops = {en("Leak repair SOP"), en("Meter reading SOP")};
    partnership.evaluation = EvaluationMeeting{};
    partnership.evaluation->lessons = {en("Meter first, then repair")};
    partnership.assessment = PerformanceAssessment{};
    partnership.assessment->adviceGiven = 5;
    // The reports delivered are final; the assessment is still a draft.
    for (DocumentInfo* info : {&partnership.diagnostic->info, &partnership.studyVisit->info,
                               &partnership.monitoring->info, &partnership.finalReportMentee->info})
        info->status = Status::Final;
    for (MonthlyReport& report : partnership.monthlyReports) report.info.status = Status::Final;
    return partnership;
}

context::Value contextFor(const model::Partnership& partnership, const char* documentId, model::Lang lang,
                                   std::optional<model::YearMonth> month, context::LocaleSettings settings) {
    const context::DocumentInstance document{context::findDocumentType(documentId), &partnership, month};
    return context::buildContext(document, {&partnership}, context::Locale(lang, settings));
}

std::string render(const std::string& templateText, const context::Value& context) {
    kainjow::mustache::mustache compiled(templateText);
    std::string output = compiled.render(tmpl::mustacheData(context));
    if (!compiled.is_valid()) throw std::runtime_error(compiled.error_message());
    return output;
}

}  // namespace wop::test
