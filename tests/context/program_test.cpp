#include <gtest/gtest.h>

#include "fixture.h"

namespace wop::context {
namespace {

using model::Lang;
using model::Step;

// Three partnerships: the sample (evaluated, in its pilot phase), one only
// just started and one finished by its recommendation letter.
class ProgramTest : public ::testing::Test {
protected:
    ProgramTest() {
        for (int i = static_cast<int>(Step::Confirmation); i < model::stepCount; ++i) starting.steps[i].reset();
        starting.reference = "PWON/WOP/2025/07";
        finished.reference = "PWON/WOP/2024/01";
        finished.steps[static_cast<int>(Step::Recommendation)] = test::date("2025-11-30");
    }

    context::Value context(Lang lang = Lang::En) const {
        const DocumentInstance roadmap{findDocumentType("roadmap"), nullptr, std::nullopt};
        return buildContext(roadmap, {&sample, &starting, &finished}, Locale(lang, {}));
    }

    model::Partnership sample = test::samplePartnership();
    model::Partnership starting = test::samplePartnership();
    model::Partnership finished = test::samplePartnership();
};

TEST_F(ProgramTest, CountsThePartnershipsByStage) {
    EXPECT_EQ(test::render("{{program.count}} {{program.in_preparation}} {{program.in_pilot}} {{program.finished}}", context()),
              "3 1 1 1");
}

TEST_F(ProgramTest, TheStageIsTheLatestStepReached) {
    EXPECT_EQ(test::render("{{#program.partnerships}}{{reference}}: {{stage}}; {{/program.partnerships}}", context()),
              "PWON/WOP/2025/03: Evaluation meeting; PWON/WOP/2025/07: Initial meeting; "
              "PWON/WOP/2024/01: Letter of recommendation; ");
    EXPECT_EQ(test::render("{{#program.partnerships}}{{stage}}|{{/program.partnerships}}", context(Lang::Ur)),
              "جائزہ اجلاس|ابتدائی اجلاس|سفارشی خط|");
}

TEST_F(ProgramTest, ResultsAreTheTargetsMet) {
    // A target met without its achieved value shows the target; a pilot
    // not yet ended has no results and no count of targets met.
    const std::string each = "Non-revenue water: 32 % → 24 %; Supply hours: 12 h/day → 18 h/day; 2/3|";
    EXPECT_EQ(test::render("{{#program.partnerships}}{{#results}}{{.}}; {{/results}}{{targets_met}}/{{targets_total}}|"
                           "{{/program.partnerships}}",
                           context()),
              each + "/|" + each);
}

TEST_F(ProgramTest, APilotUnderWaySaysItsResultsAreDue) {
    starting.steps[static_cast<int>(Step::PilotStart)] = test::date("2025-06-01");
    EXPECT_EQ(test::render("{{#program.partnerships}}{{#pilot_running}}running{{/pilot_running}}"
                           "{{^pilot_running}}-{{/pilot_running}} {{/program.partnerships}}",
                           context()),
              "- running - ");
}

TEST_F(ProgramTest, UrduResultsPointRightToLeft) {
    const std::string rendered =
        test::render("{{#program.partnerships}}{{#results}}{{.}}|{{/results}}{{/program.partnerships}}", context(Lang::Ur));
    EXPECT_EQ(rendered.substr(0, rendered.find('|')), "غیر محصولی پانی: 32 % ← 24 %");
}

TEST_F(ProgramTest, LessonsAndNextStepsComeFromTheEvaluationAndRecommendation) {
    finished.recommendation = model::RecommendationLetter{};
    finished.recommendation->results = {{"Extend metering city-wide", ""}};
    EXPECT_EQ(test::render("{{#program.partnerships}}{{#lessons}}{{.}}{{/lessons}}>{{#next_steps}}{{.}}{{/next_steps}}|"
                           "{{/program.partnerships}}",
                           context()),
              "Meter first, then repair>|>|Meter first, then repair>Extend metering city-wide|");
}

TEST_F(ProgramTest, TheRoadMapIsDatedByTheLatestStepAndIssuedByPwon) {
    EXPECT_EQ(test::render("{{doc.date}}|{{doc.reference}}|{{facilitator.short_name}}|{{^doc.draft}}final{{/doc.draft}}",
                           context()),
              "30 November 2025|PWON/MAP|PWON|final");
}

}  // namespace
}  // namespace wop::context
