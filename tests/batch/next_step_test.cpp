// What a partnership does next, and when the guideline says it will.
#include <gtest/gtest.h>

#include "batch/next_step.h"

namespace wop::batch {
namespace {

using model::Date;
using model::Step;
using Documents = std::vector<std::string_view>;

// A partnership that reached each step of `reached` on its date.
model::Partnership reaching(std::initializer_list<std::pair<Step, Date>> reached) {
    model::Partnership partnership;
    for (const auto& [step, date] : reached) partnership.steps[static_cast<int>(step)] = date;
    return partnership;
}

TEST(NextStep, BeforeAnyStepItIsTheRequest) {
    const auto next = nextStep(model::Partnership{});
    ASSERT_TRUE(next);
    EXPECT_EQ(next->str(), "request: letter-of-request");
}

TEST(NextStep, AfterTheLetterOfIntentTheDiagnosticVisitAndItsReport) {
    const auto next = nextStep(reaching({{Step::Request, {2025, 1, 15}}, {Step::LetterOfIntent, {2025, 3, 14}}}));
    ASSERT_TRUE(next);
    EXPECT_EQ(next->step, Step::DiagnosticVisit);
    EXPECT_EQ(next->documents, Documents{"diagnostic-report"});
    EXPECT_FALSE(next->from);
    EXPECT_EQ(next->str(), "diagnostic_visit: diagnostic-report");
}

TEST(NextStep, ThePilotStartsWithTheMemorandumsSigning) {
    const auto next =
        nextStep(reaching({{Step::MemorandumOfAgreement, {2025, 5, 9}}, {Step::StudyVisit, {2025, 5, 20}}}));
    ASSERT_TRUE(next);
    EXPECT_EQ(next->str(), "pilot_start: monthly-report, on 2025-05-09");
    EXPECT_EQ(next->why(), "the pilot begins with the signing of the MoA (guideline 3.1.7)");
}

TEST(NextStep, ThePilotEndsSixToEightMonthsAfterItsStart) {
    const auto next = nextStep(reaching({{Step::PilotStart, {2025, 6, 1}}}));
    ASSERT_TRUE(next);
    EXPECT_EQ(next->str(), "pilot_end: monitoring-report, 2025-12-01 to 2026-02-01");
    EXPECT_EQ(next->why(), "a pilot of 6 to 8 months from its start on 2025-06-01 (guideline 2.6)");
}

TEST(NextStep, ThePilotEndsWhenTheWorkPlanPlansIt) {
    auto partnership = reaching({{Step::PilotStart, {2025, 6, 1}}});
    partnership.workPlan.emplace().pilot = model::DateRange{{2025, 6, 1}, {2025, 12, 31}};
    const auto next = nextStep(partnership);
    ASSERT_TRUE(next);
    EXPECT_EQ(next->when(), "on 2025-12-31");
    EXPECT_EQ(next->why(), "the end of the pilot the work plan plans (guideline 3.1.6)");
}

TEST(NextStep, TheFinalReportsFollowThePilot) {
    const auto next = nextStep(reaching({{Step::PilotStart, {2025, 6, 1}}, {Step::PilotEnd, {2025, 12, 31}}}));
    ASSERT_TRUE(next);
    EXPECT_EQ(next->str(), "final_reports: final-report-mentee, final-report-mentor, after 2025-12-31");
}

TEST(NextStep, TheDisseminationWorkshopHasNoDocument) {
    const auto next = nextStep(reaching({{Step::EvaluationMeeting, {2026, 2, 10}}}));
    ASSERT_TRUE(next);
    EXPECT_EQ(next->str(), "dissemination_workshop: no document");
}

TEST(NextStep, NoneAfterTheRecommendation) {
    EXPECT_FALSE(nextStep(reaching({{Step::Recommendation, {2026, 3, 1}}})));
}

}  // namespace
}  // namespace wop::batch
