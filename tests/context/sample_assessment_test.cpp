// The performance assessment of each sample partnership, figure by figure,
// against counts made by hand from the sample files.
#include <gtest/gtest.h>

#include "context/as_of.h"
#include "context/assessment.h"
#include "fixture.h"
#include "support.h"

namespace wop::context {
namespace {

struct Expected {
    int meetingsHeld, meetingsPlanned, visitsHeld, visitsPlanned, mentorReportsDelivered, adviceGiven, adviceInVisits;
    int activitiesDone, activitiesPlanned, menteeReportsDelivered, menteeReportsDue, targetsMet, targetsTotal, sops;
};

void expectFigures(const AssessmentFigures& figures, const Expected& expected) {
    EXPECT_EQ(figures.mentor.meetingsHeld, expected.meetingsHeld);
    EXPECT_EQ(figures.mentor.meetingsPlanned, expected.meetingsPlanned);
    EXPECT_EQ(figures.mentor.visitsHeld, expected.visitsHeld);
    EXPECT_EQ(figures.mentor.visitsPlanned, expected.visitsPlanned);
    EXPECT_EQ(figures.mentor.reportsDelivered(), expected.mentorReportsDelivered);
    EXPECT_EQ(figures.mentor.reportsDue(), 3);
    EXPECT_EQ(figures.mentor.adviceGiven, expected.adviceGiven);
    EXPECT_EQ(figures.mentor.adviceInVisits, expected.adviceInVisits);
    EXPECT_EQ(figures.mentee.activitiesDone, expected.activitiesDone);
    EXPECT_EQ(figures.mentee.activitiesPlanned, expected.activitiesPlanned);
    EXPECT_EQ(figures.mentee.reportsDelivered(), expected.menteeReportsDelivered);
    EXPECT_EQ(figures.mentee.reportsDue(), expected.menteeReportsDue);
    EXPECT_EQ(figures.mentee.targetsMet, expected.targetsMet);
    EXPECT_EQ(figures.mentee.targetsTotal, expected.targetsTotal);
    EXPECT_EQ(figures.mentee.sops, expected.sops);
}

const model::Partnership& sample(const std::vector<model::Partnership>& samples, const std::string& id) {
    for (const auto& partnership : samples)
        if (partnership.id == id) return partnership;
    throw std::invalid_argument("no sample " + id);
}

// Lahore–Faisalabad, as of its assessment (20 March 2025): the 4 meetings
// of 4 planned; the 3 monitoring visits of 3 planned (18 July, 19 September,
// 21 November 2024), not the diagnostic visit; diagnostic (10 April 2024),
// monitoring (2 December 2024) and final report (22 January 2025) of the
// mentor; 14 items of advice by the parties' count, 3 of them in the visits;
// all 11 activities done; the study visit report, the 7 monthly reports of
// the 7-month pilot (June to December 2024) and the final report; 4 of 5
// targets met (leak repair time 30 h against 24 h is not); 3 SOPs.
TEST(SampleAssessment, LahoreFaisalabadAsOfItsAssessment) {
    const auto samples = test::samplePartnerships();
    const model::Partnership& lahore = sample(samples, "lahore-faisalabad-nrw");
    const DocumentInstance document{findDocumentType("performance-assessment"), &lahore, std::nullopt};
    const model::Partnership known = asOf(lahore, *asOfDate(document), &document);
    expectFigures(assessmentFigures(known), {4, 4, 3, 3, 3, 14, 3, 11, 11, 9, 9, 4, 5, 3});

    const auto context = buildContext(document, test::pointersTo(samples), Locale(model::Lang::En, {}));
    EXPECT_EQ(test::render("{{#assessment.mentor}}{{commitment_pct}} {{reports_pct}}{{/assessment.mentor}} "
                           "{{#assessment.mentee}}{{commitment_pct}} {{reports_pct}} {{lessons_pct}}{{/assessment.mentee}}",
                           context),
              "100% 100% 100% 100% 80%");
}

// Rawalpindi–Multan, in its pilot, as its file stands: 2 meetings of 3
// planned; 1 monitoring visit (16 April 2025) of 2, with 1 item of advice,
// in a draft report; only the diagnostic report is final; 3 of 9
// activities marked done; the study visit report and the final monthly
// reports of March and April, not the draft of May, nor a final report:
// 3 of 5; no target met yet; no SOP.
TEST(SampleAssessment, RawalpindiMultanAsItsFileStands) {
    const auto samples = test::samplePartnerships();
    expectFigures(assessmentFigures(sample(samples, "rawalpindi-multan-billing")),
                  {2, 3, 1, 2, 1, 1, 1, 3, 9, 3, 5, 0, 3, 0});
}

// Peshawar–Mardan, in preparation: no work plan, so nothing planned; no
// report delivered of the study visit and final reports due.
TEST(SampleAssessment, PeshawarMardanInPreparation) {
    const auto samples = test::samplePartnerships();
    expectFigures(assessmentFigures(sample(samples, "peshawar-mardan-metering")),
                  {0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 2, 0, 0, 0});
}

}  // namespace
}  // namespace wop::context
