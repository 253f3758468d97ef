// Each document states what was known on its own date (context/as_of.h).
#include <gtest/gtest.h>

#include "context/as_of.h"
#include "fixture.h"

namespace wop::context {
namespace {

using model::Step;
using test::date;

TEST(AsOf, AStepAfterTheDateHasNotHappened) {
    const model::Partnership known = asOf(test::samplePartnership(), date("2025-03-31"));
    EXPECT_TRUE(known.step(Step::MemorandumOfAgreement));
    EXPECT_FALSE(known.step(Step::PilotStart));
    EXPECT_FALSE(known.step(Step::EvaluationMeeting));
}

TEST(AsOf, ASectionDatedLaterDoesNotExistYetButTheDocumentsOwnDoes) {
    const model::Partnership sample = test::samplePartnership();
    const model::Partnership known = asOf(sample, date("2025-02-16"));
    EXPECT_TRUE(known.letterOfIntent);   // dated 15 February
    EXPECT_FALSE(known.workPlan);        // dated 28 February
    EXPECT_FALSE(known.finalReportMentee);
    const DocumentInstance plan{findDocumentType("work-plan"), &sample, std::nullopt};
    EXPECT_TRUE(asOf(sample, date("2025-02-16"), &plan).workPlan);
}

TEST(AsOf, MonthlyReportsComeOnceWritten) {
    model::Partnership sample = test::samplePartnership();
    const DocumentInstance april{findDocumentType("monthly-report"), &sample, model::YearMonth{2025, 4}};
    ASSERT_EQ(asOfDate(april), date("2025-04-30"));  // undated: the end of its month
    const model::Partnership known = asOf(sample, *asOfDate(april), &april);
    ASSERT_EQ(known.monthlyReports.size(), 1u);
    EXPECT_EQ(known.monthlyReports.front().month, (model::YearMonth{2025, 4}));
}

TEST(AsOf, AnActivityIsDoneOnlyOnceItEnded) {
    const model::Partnership known = asOf(test::samplePartnership(), date("2025-06-30"));
    std::vector<bool> done;
    for (const auto& activity : known.workPlan->activities) done.push_back(activity.done);
    EXPECT_EQ(done, (std::vector<bool>{true, true, false, false}));
}

TEST(AsOf, TargetsAreMetOnlyOnceThePilotEnded) {
    const model::Partnership during = asOf(test::samplePartnership(), date("2025-09-29"));
    for (const auto& target : during.workPlan->pilotTargets) {
        EXPECT_FALSE(target.met);
        EXPECT_FALSE(target.achieved);
    }
    const model::Partnership after = asOf(test::samplePartnership(), date("2025-10-01"));
    EXPECT_TRUE(after.workPlan->pilotTargets.front().met);
}

TEST(AsOf, MeetingsAndVisitsAfterTheDateAreNotYetHeld) {
    model::Partnership sample = test::samplePartnership();
    sample.meetings = {{date("2025-04-02"), {"Kick-off", ""}, {}}, {date("2025-10-02"), {"Closing", ""}, {}}};
    sample.monitoring->info.date = date("2025-06-01");
    const DocumentInstance report{findDocumentType("monitoring-report"), &sample, std::nullopt};
    const model::Partnership known = asOf(sample, date("2025-06-01"), &report);
    EXPECT_EQ(known.meetings.size(), 1u);
    EXPECT_EQ(known.monitoring->visits.size(), 1u);  // 15 May, not 15 July
}

TEST(AsOf, AnUndatedDocumentHasNoDateToStandAt) {
    model::Partnership sample = test::samplePartnership();
    sample.steps[static_cast<int>(Step::Recommendation)].reset();
    sample.recommendation = model::RecommendationLetter{};
    EXPECT_FALSE(asOfDate({findDocumentType("recommendation-letter"), &sample, std::nullopt}));
}

// What was planned stays a plan: the memorandum, signed before the pilot
// starts, has no start but the work plan's planned period.
TEST(AsOf, TheMemorandumReadsThePilotAsPlanned) {
    model::Partnership sample = test::samplePartnership();
    sample.workPlan->pilot = model::DateRange{date("2025-04-01"), date("2025-09-30")};
    sample.memorandum = model::MemorandumOfAgreement{};
    const auto context = test::contextFor(sample, "memorandum-of-agreement");
    EXPECT_EQ(test::render("{{^pilot.start}}not started; {{/pilot.start}}planned {{pilot.planned_start}} to "
                           "{{pilot.planned_end}} ({{pilot.planned_months}})",
                           context),
              "not started; planned 1 April 2025 to 30 September 2025 (6)");
}

TEST(AsOf, TheRunningPilotKnowsItsStartButNotItsEnd) {
    const auto context = test::contextFor(test::samplePartnership(), "monthly-report", model::Lang::En,
                                          model::YearMonth{2025, 5});
    EXPECT_EQ(test::render("{{pilot.start}}|{{pilot.end}}|{{#pilot.running}}running{{/pilot.running}}", context),
              "1 April 2025||running");
}

}  // namespace
}  // namespace wop::context
