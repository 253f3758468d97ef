#include <gtest/gtest.h>

#include "context/as_of.h"
#include "context/assessment.h"
#include "fixture.h"

namespace wop::context {
namespace {

using model::Lang;

// The fixture: no meeting recorded of 2 planned; 2 monitoring visits of 3
// planned (the diagnostic visit is not one); diagnostic and monitoring
// reports but no final report from the mentor; 5 items of advice counted by
// the parties, 3 of them in the visits; 3 of 4 activities done; study visit,
// 2 monthly reports of a 6-month pilot (April to September), final report;
// 2 of 3 targets met; 2 SOPs.
TEST(Assessment, CountsWhatTheDataRecords) {
    const AssessmentFigures figures = assessmentFigures(test::samplePartnership());
    EXPECT_EQ(figures.mentor.meetingsHeld, 0);
    EXPECT_EQ(figures.mentor.meetingsPlanned, 2);
    EXPECT_EQ(figures.mentor.visitsHeld, 2);
    EXPECT_EQ(figures.mentor.visitsPlanned, 3);
    EXPECT_EQ(figures.mentor.reportsDelivered(), 2);
    EXPECT_EQ(figures.mentor.reportsDue(), 3);
    EXPECT_EQ(figures.mentor.adviceGiven, 5);
    EXPECT_EQ(figures.mentor.adviceInVisits, 3);
    EXPECT_TRUE(figures.mentor.adviceCountedByParties);
    EXPECT_EQ(figures.mentee.activitiesDone, 3);
    EXPECT_EQ(figures.mentee.activitiesPlanned, 4);
    EXPECT_EQ(figures.mentee.reportsDelivered(), 4);
    EXPECT_EQ(figures.mentee.reportsDue(), 8);
    EXPECT_EQ(figures.mentee.targetsMet, 2);
    EXPECT_EQ(figures.mentee.targetsTotal, 3);
    EXPECT_EQ(figures.mentee.sops, 2);
}

TEST(Assessment, MeetingsAreThoseRecorded) {
    model::Partnership partnership = test::samplePartnership();
    partnership.meetings = {{test::date("2025-04-02"), {"Kick-off", ""}, {}},
                            {test::date("2025-07-01"), {"Review", ""}, {}}};
    EXPECT_EQ(assessmentFigures(partnership).mentor.meetingsHeld, 2);
}

TEST(Assessment, WithoutACountOfTheirOwnTheAdviceIsTheVisits) {
    model::Partnership partnership = test::samplePartnership();
    partnership.assessment->adviceGiven.reset();
    const AssessmentFigures figures = assessmentFigures(partnership);
    EXPECT_EQ(figures.mentor.adviceGiven, 3);
    EXPECT_FALSE(figures.mentor.adviceCountedByParties);
}

TEST(Assessment, EachMonthOfThePilotOwesAReport) {
    const AssessmentFigures figures = assessmentFigures(test::samplePartnership());
    std::vector<std::string> owed;
    for (const ReportDue& report : figures.mentee.reports)
        owed.push_back(report.document.baseName() + (report.delivered ? " delivered" : " missing"));
    EXPECT_EQ(owed, (std::vector<std::string>{"study-visit-report delivered", "monthly-report-2025-04 delivered",
                                              "monthly-report-2025-05 delivered", "monthly-report-2025-06 missing",
                                              "monthly-report-2025-07 missing", "monthly-report-2025-08 missing",
                                              "monthly-report-2025-09 missing", "final-report-mentee delivered"}));
}

// The assessment counts what was recorded by its own date: a meeting after
// it is not counted, an activity that ends after it is not done yet, and the
// monitoring visits count once the monitoring report records them (it is
// dated at the pilot's end, after this assessment).
TEST(Assessment, CountsAsOfItsDate) {
    model::Partnership partnership = test::samplePartnership();
    partnership.assessment->info.date = test::date("2025-07-01");
    partnership.meetings = {{test::date("2025-06-30"), {"Review", ""}, {}},
                            {test::date("2025-07-02"), {"Later", ""}, {}}};
    const auto context = test::contextFor(partnership, "performance-assessment");
    EXPECT_EQ(test::render("{{#assessment.mentor}}{{meetings_held}} {{visits_held}}{{/assessment.mentor}} "
                           "{{assessment.mentee.activities_done}}",
                           context),
              "1 0 2");
}

TEST(Assessment, PrintsFiguresAndShares) {
    const auto context = test::contextFor(test::samplePartnership(), "performance-assessment");
    EXPECT_EQ(test::render("{{#assessment.mentor}}{{meetings_held}}/{{meetings_planned}} {{visits_held}}/{{visits_planned}} "
                           "{{commitment_pct}} {{reports_pct}} {{advice_given}}{{/assessment.mentor}}",
                           context),
              "0/2 2/3 40% 67% 5");
    EXPECT_EQ(test::render("{{#assessment.mentee}}{{commitment_pct}} {{reports_pct}} {{lessons_pct}} "
                           "{{targets_met}}/{{targets_total}} {{sops}}{{/assessment.mentee}}",
                           context),
              "75% 50% 67% 2/3 2");
}

TEST(Assessment, ShowsWhatEachCountCounted) {
    const auto context = test::contextFor(test::samplePartnership(), "performance-assessment");
    EXPECT_EQ(test::render("{{#assessment.mentor.visits}}{{date}}: {{advice}}; {{/assessment.mentor.visits}}"
                           "{{#assessment.mentor.reports}}{{title}} {{#delivered}}{{date}}{{/delivered}}"
                           "{{^delivered}}missing{{/delivered}}; {{/assessment.mentor.reports}}",
                           context),
              "15 May 2025: 2; 15 July 2025: 1; Diagnostic Report 20 February 2025; "
              "Monitoring Visit Report 30 September 2025; Final Report of the Mentor missing; ");
    EXPECT_EQ(test::render("{{#assessment.mentee.activities_open}}{{number}}. {{title}}{{/assessment.mentee.activities_open}}",
                           context),
              "4. SOP drafting");
}

TEST(Assessment, MoreThanPlannedIsAFullShare) {
    model::Partnership partnership = test::samplePartnership();
    partnership.workPlan->plannedMonitoringVisits = 0;
    partnership.workPlan->plannedMeetings = 1;
    const auto context = test::contextFor(partnership, "performance-assessment");
    EXPECT_EQ(test::render("{{assessment.mentor.commitment_pct}}", context), "100%");
}

TEST(Assessment, NothingPlannedHasNoShare) {
    model::Partnership partnership = test::samplePartnership();
    partnership.workPlan->activities.clear();
    const auto context = test::contextFor(partnership, "performance-assessment");
    EXPECT_EQ(test::render("{{^assessment.mentee.commitment_pct}}n/a{{/assessment.mentee.commitment_pct}}", context), "n/a");
}

TEST(Assessment, FiguresUseTheLanguagesDigits) {
    const auto context = test::contextFor(test::samplePartnership(), "performance-assessment", Lang::Ur, std::nullopt,
                                          {Digits::Urdu});
    EXPECT_EQ(test::render("{{assessment.mentee.activities_done}} {{assessment.mentee.commitment_pct}}", context), "۳ ۷۵%");
}

}  // namespace
}  // namespace wop::context
