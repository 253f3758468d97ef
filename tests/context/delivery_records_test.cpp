// The performance assessment counts reports as a document registry records
// them, when it is given one (context/delivery_records.h).
#include <gtest/gtest.h>

#include <set>
#include <string>

#include "context/assessment.h"
#include "context/delivery_records.h"
#include "fixture.h"

namespace wop::context {
namespace {

// A registry that holds the documents named.
class Registered : public DeliveryRecords {
public:
    explicit Registered(std::set<std::string> names) : names_(std::move(names)) {}
    bool delivered(const DocumentInstance& document) const override { return names_.count(document.baseName()) > 0; }

private:
    std::set<std::string> names_;
};

// The sample's reports: the mentor's diagnostic and monitoring reports; the
// mentee's study visit report, monthly reports for April and May, final report.
TEST(DeliveryRecords, AReportCountsOnlyOnceRegistered) {
    const model::Partnership partnership = test::samplePartnership();
    const Registered registry({"diagnostic-report", "monthly-report-2025-04", "final-report-mentee"});
    const AssessmentFigures figures = assessmentFigures(partnership, &registry);
    EXPECT_EQ(figures.mentor.reportsDelivered(), 1);
    EXPECT_EQ(figures.mentee.reportsDelivered(), 2);
    // What is due does not depend on what was delivered.
    EXPECT_EQ(figures.mentor.reportsDue(), assessmentFigures(partnership).mentor.reportsDue());
}

TEST(DeliveryRecords, WithoutThemTheDataCounts) {
    const AssessmentFigures figures = assessmentFigures(test::samplePartnership());
    EXPECT_EQ(figures.mentor.reportsDelivered(), 2);
    EXPECT_EQ(figures.mentee.reportsDelivered(), 4);
}

TEST(DeliveryRecords, TheAssessmentPrintsTheRegisteredCount) {
    const model::Partnership partnership = test::samplePartnership();
    const DocumentInstance document{findDocumentType("performance-assessment"), &partnership, std::nullopt};
    const Registered registry({"study-visit-report"});
    const auto context = buildContext(document, {&partnership}, Locale(model::Lang::En, {}), &registry);
    EXPECT_EQ(test::render("{{assessment.mentee.reports_delivered}}/{{assessment.mentee.reports_due}}", context), "1/8");
}

TEST(DeliveryRecords, OnlyTheAssessmentCountsDeliveries) {
    const model::Partnership partnership = test::samplePartnership();
    const DocumentInstance assessment{findDocumentType("performance-assessment"), &partnership, std::nullopt};
    const DocumentInstance workPlan{findDocumentType("work-plan"), &partnership, std::nullopt};
    std::set<std::string> counted;
    for (const auto& report : deliveriesCounted(assessment)) counted.insert(report.baseName());
    EXPECT_EQ(counted, (std::set<std::string>{"diagnostic-report", "monitoring-report", "study-visit-report",
                                              "monthly-report-2025-04", "monthly-report-2025-05", "final-report-mentee"}));
    EXPECT_TRUE(deliveriesCounted(workPlan).empty());
}

}  // namespace
}  // namespace wop::context
