#include <gtest/gtest.h>

#include "context/assessment.h"
#include "fixture.h"

namespace wop::context {
namespace {

using model::Lang;

// The sample: initial and evaluation meetings held of 2 planned; the
// diagnostic visit and 2 monitoring visits of 1 + 3 planned; diagnostic and
// monitoring reports but no final report from the mentor; 2 + 1 advice in the
// visits and 2 more; 3 of 4 activities done; study visit, 2 monthly reports
// of a 6-month pilot, final report; 2 of 3 targets met; 2 SOPs.
TEST(Assessment, CountsWhatTheDataRecords) {
    const AssessmentFigures figures = assessmentFigures(test::samplePartnership());
    EXPECT_EQ(figures.mentor.meetingsHeld, 2);
    EXPECT_EQ(figures.mentor.meetingsPlanned, 2);
    EXPECT_EQ(figures.mentor.visitsHeld, 3);
    EXPECT_EQ(figures.mentor.visitsPlanned, 4);
    EXPECT_EQ(figures.mentor.reportsDelivered, 2);
    EXPECT_EQ(figures.mentor.reportsDue, 3);
    EXPECT_EQ(figures.mentor.adviceGiven, 5);
    EXPECT_EQ(figures.mentee.activitiesDone, 3);
    EXPECT_EQ(figures.mentee.activitiesPlanned, 4);
    EXPECT_EQ(figures.mentee.reportsDelivered, 4);
    EXPECT_EQ(figures.mentee.reportsDue, 8);
    EXPECT_EQ(figures.mentee.targetsMet, 2);
    EXPECT_EQ(figures.mentee.targetsTotal, 3);
    EXPECT_EQ(figures.mentee.sops, 2);
}

TEST(Assessment, PrintsFiguresAndShares) {
    const auto context = test::contextFor(test::samplePartnership(), "performance-assessment");
    EXPECT_EQ(test::render("{{#assessment.mentor}}{{meetings_held}}/{{meetings_planned}} {{visits_held}}/{{visits_planned}} "
                           "{{commitment_pct}} {{reports_pct}} {{advice_given}}{{/assessment.mentor}}",
                           context),
              "2/2 3/4 83% 67% 5");
    EXPECT_EQ(test::render("{{#assessment.mentee}}{{commitment_pct}} {{reports_pct}} {{lessons_pct}} "
                           "{{targets_met}}/{{targets_total}} {{sops}}{{/assessment.mentee}}",
                           context),
              "75% 50% 67% 2/3 2");
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
