#include <gtest/gtest.h>

#include "fixture.h"

namespace wop::context {
namespace {

using model::Lang;
using test::contextFor;
using test::render;

class ContextTest : public ::testing::Test {
protected:
    model::Partnership partnership = test::samplePartnership();
};

TEST_F(ContextTest, DescribesTheDocument) {
    const auto context = contextFor(partnership, "letter-of-intent");
    EXPECT_EQ(render("{{lang}}|{{doc.id}}|{{doc.title}}|{{doc.reference}}|{{doc.digits}}", context),
              "en|letter-of-intent|Letter of Intent|PWON/WOP/2025/03/LOI|latn");
}

TEST_F(ContextTest, TitlesAndDigitsFollowTheLanguage) {
    const auto context = contextFor(partnership, "letter-of-intent", Lang::Ur, std::nullopt, {Digits::Urdu});
    EXPECT_EQ(render("{{lang}}|{{doc.title}}|{{doc.digits}}|{{doc.date}}", context), "ur|خطِ ارادہ|arabext|۱۵ فروری ۲۰۲۵");
}

TEST_F(ContextTest, AMonthlyReportsReferenceCarriesItsMonth) {
    const auto context = contextFor(partnership, "monthly-report", Lang::En, model::YearMonth{2025, 5});
    EXPECT_EQ(render("{{doc.reference}}|{{report.month}}|{{report.month_number}}|{{#report.activities}}{{.}}{{/report.activities}}",
                     context),
              "PWON/WOP/2025/03/MRP-2025-05|May 2025|2|Leak survey");
}

TEST_F(ContextTest, TheDocumentDateIsTheSectionsElseItsSteps) {
    EXPECT_EQ(render("{{doc.date}}|{{doc.date_iso}}", contextFor(partnership, "letter-of-intent")),
              "15 February 2025|2025-02-15");
    partnership.workPlan->info.date.reset();
    EXPECT_EQ(render("{{doc.date}}", contextFor(partnership, "work-plan")), "1 March 2025");
    EXPECT_EQ(render("{{^doc.date}}none{{/doc.date}}", contextFor(partnership, "monthly-report", Lang::En,
                                                                   model::YearMonth{2025, 4})),
              "none");
}

TEST_F(ContextTest, ADocumentIsADraftUntilItsSectionIsFinal) {
    EXPECT_EQ(render("{{#doc.draft}}draft{{/doc.draft}}", contextFor(partnership, "letter-of-intent")), "");
    EXPECT_EQ(render("{{#doc.draft}}draft{{/doc.draft}}", contextFor(partnership, "work-plan")), "draft");
}

TEST_F(ContextTest, UrduTextsFallBackToEnglish) {
    const auto context = contextFor(partnership, "work-plan", Lang::Ur);
    EXPECT_EQ(render("{{mentee.name}}|{{partnership.subject}}", context), "واسا فیصل آباد|Non-revenue water");
}

TEST_F(ContextTest, StepsAreDatesOrEmpty) {
    const auto context = contextFor(partnership, "final-report-mentee");
    EXPECT_EQ(render("{{steps.pilot_start}}|{{steps.recommendation}}|{{^steps.recommendation}}not yet{{/steps.recommendation}}",
                     context),
              "1 April 2025||not yet");
    EXPECT_EQ(render("{{pilot.months}}", context), "6");
}

TEST_F(ContextTest, PersonIdsBecomePersons) {
    const auto context = contextFor(partnership, "letter-of-intent");
    EXPECT_EQ(render("{{#letter_of_intent.signatories}}{{name}} ({{organisation_short}}: {{duties}}); "
                     "{{/letter_of_intent.signatories}}",
                     context),
              "Bilal Ahmad (WASA-F: Director); Imran Qureshi (WASA-L: Director, Managing Director); "
              "Ahmed Raza (PWON: Chairman); ");
}

TEST_F(ContextTest, AnUnknownPersonIsFalse) {
    partnership.letterOfIntent->signatories = {"nobody"};
    EXPECT_EQ(render("{{#letter_of_intent.signatories}}[{{^.}}unknown{{/.}}]{{/letter_of_intent.signatories}}",
                     contextFor(partnership, "letter-of-intent")),
              "[unknown]");
}

TEST_F(ContextTest, DutiesAreTranslated) {
    const auto context = contextFor(partnership, "letter-of-intent", Lang::Ur);
    EXPECT_EQ(render("{{mentor.managing_director.duties}}|{{mentor.managing_director.organisation}}", context),
              "ڈائریکٹر، منیجنگ ڈائریکٹر|واسا لاہور");
}

TEST_F(ContextTest, OrganisationsNameTheirTeamAndDutyHolders) {
    const auto context = contextFor(partnership, "work-plan");
    EXPECT_EQ(render("{{mentee.team_size}}: {{#mentee.team}}{{name}} [{{duties}}] {{/mentee.team}}", context),
              "2: Usman Ali [Focal Person, Team Leader] Hina Akram [Team Member] ");
    EXPECT_EQ(render("{{facilitator.chairman.name}}|{{facilitator.national_coordinator.name}}|{{mentee.focal_person.name}}",
                     context),
              "Ahmed Raza|Sana Malik|Usman Ali");
    EXPECT_EQ(render("{{^mentor.focal_person}}none{{/mentor.focal_person}}|{{^has_supporting_partners}}alone{{/has_supporting_partners}}",
                     context),
              "none|alone");
}

TEST_F(ContextTest, ValuesStayPlainStrings) {
    partnership.title.en = "<b>x</b> & y";
    const auto context = contextFor(partnership, "work-plan");
    EXPECT_EQ(*context.find("partnership.title")->string(), "<b>x</b> & y");
}

// The final report prints the work plan as it stood at the report's date.
TEST_F(ContextTest, TheWorkPlanNumbersItsActivitiesAndTargets) {
    const auto context = contextFor(partnership, "final-report-mentee", Lang::Ur);
    EXPECT_EQ(render("{{#work_plan.activities}}{{number}}. {{owner}}{{#done}} ✓{{/done}}; {{/work_plan.activities}}", context),
              "1. زیرِ تربیت ادارہ ✓; 2. مشترکہ ✓; 3. رہنما ادارہ ✓; 4. زیرِ تربیت ادارہ; ");
    EXPECT_EQ(render("{{#work_plan.pilot_targets}}{{number}} {{baseline}}>{{achieved}}{{^achieved}}?{{/achieved}} {{/work_plan.pilot_targets}}",
                     context),
              "1 32 %>24 % 2 12 h/day>? 3 40 %>52 % ");
}

TEST_F(ContextTest, StudyVisitLearningsNameTheirPurpose) {
    const auto english = contextFor(partnership, "study-visit-report");
    EXPECT_EQ(render("{{#study_visit.learnings}}{{purpose_number}}: {{purpose}}{{/study_visit.learnings}}", english),
              "3: Learn the business process and work spirit, and find out some equalities and differences "
              "between mentee and mentor");
    const auto urdu = contextFor(partnership, "study-visit-report", Lang::Ur);
    EXPECT_EQ(render("{{#study_visit.learnings}}{{purpose}}{{/study_visit.learnings}}", urdu).rfind("کاروباری", 0), 0u);
}

TEST_F(ContextTest, TheFinalReportPrintsTheMonthlyReportsInOrder) {
    const auto context = contextFor(partnership, "final-report-mentee");
    EXPECT_EQ(render("{{#monthly_reports}}{{month}}: {{#activities}}{{.}}{{/activities}}; {{/monthly_reports}}"
                     "{{#work_plan.pilot_targets}}{{number}}{{/work_plan.pilot_targets}}",
                     context),
              "April 2025: Zone metering; May 2025: Leak survey; 123");
}

TEST_F(ContextTest, AMissingSectionIsAnError) {
    EXPECT_THROW(contextFor(partnership, "letter-of-request"), std::invalid_argument);
}

}  // namespace
}  // namespace wop::context
