// `wopdocs status`: each partnership's step, and its documents done, due or overdue.
#include <gtest/gtest.h>

#include <Poco/JSON/Parser.h>

#include "batch_fixture.h"

namespace wop::batch {
namespace {

using Poco::JSON::Object;

class StatusCommand : public BatchTest {
protected:
    // The pilot started on 2025-03-01 with reports for March to May.
    void importPilot() {
        const auto result = wopdocs("import", test::shellQuote((test::sourceDir() / "samples" / "rawalpindi-multan-billing.json").string()));
        ASSERT_EQ(result.exitCode, 0) << result.output;
    }
    static Object::Ptr document(const Object::Ptr& partnership, const std::string& name) {
        const auto documents = partnership->getArray("documents");
        for (std::size_t i = 0; i < documents->size(); ++i)
            if (documents->getObject(i)->getValue<std::string>("document") == name) return documents->getObject(i);
        return nullptr;
    }
};
WOPDOCS_ON_EVERY_DATABASE(StatusCommand);

TEST_P(StatusCommand, SaysWhatIsDueAndWhatIsOverdue) {
    importPilot();
    const auto result = wopdocs("status", "rawalpindi-multan-billing --json --date 2025-07-20");
    ASSERT_EQ(result.exitCode, 0) << result.output;
    const auto json = Poco::JSON::Parser().parse(result.output).extract<Object::Ptr>();
    EXPECT_EQ(json->getValue<std::string>("date"), "2025-07-20");
    const auto partnership = json->getArray("partnerships")->getObject(0);
    EXPECT_EQ(partnership->getObject("step")->getValue<std::string>("key"), "pilot_start");
    EXPECT_EQ(partnership->getObject("step")->getValue<int>("number"), 10);

    // Step passed, data there, no PDF: due.
    const auto letter = document(partnership, "letter-of-request");
    ASSERT_TRUE(letter);
    EXPECT_EQ(letter->getValue<std::string>("state"), "due");
    EXPECT_NE(letter->getValue<std::string>("reason").find("no PDF yet"), std::string::npos);
    // June ended 20 days before: more than 15, no report at all.
    const auto june = document(partnership, "monthly-report-2025-06");
    ASSERT_TRUE(june);
    EXPECT_EQ(june->getValue<std::string>("state"), "overdue");
    EXPECT_NE(june->getValue<std::string>("reason").find("no data yet"), std::string::npos);
    // July has not ended.
    EXPECT_FALSE(document(partnership, "monthly-report-2025-07"));
    EXPECT_EQ(partnership->getValue<int>("done"), 0);
}

// The sample's work plan plans the pilot to 2025-09-30.
TEST_P(StatusCommand, SaysTheNextStepItsDocumentsAndWhen) {
    importPilot();
    const auto result = wopdocs("status", "rawalpindi-multan-billing --json --date 2025-07-20");
    ASSERT_EQ(result.exitCode, 0) << result.output;
    const auto next = Poco::JSON::Parser().parse(result.output).extract<Object::Ptr>()->getArray("partnerships")
                          ->getObject(0)->getObject("next");
    ASSERT_TRUE(next) << result.output;
    EXPECT_EQ(next->getValue<int>("number"), 11);
    EXPECT_EQ(next->getValue<std::string>("key"), "pilot_end");
    ASSERT_EQ(next->getArray("documents")->size(), 1u);
    EXPECT_EQ(next->getArray("documents")->getElement<std::string>(0), "monitoring-report");
    EXPECT_EQ(next->getValue<std::string>("from"), "2025-09-30");
    EXPECT_EQ(next->getValue<std::string>("to"), "2025-09-30");
    EXPECT_EQ(next->getValue<std::string>("why"), "the end of the pilot the work plan plans (guideline 3.1.6)");

    const auto table = wopdocs("status", "--date 2025-07-20");
    EXPECT_NE(table.output.find("rawalpindi-multan-billing:\n  next     pilot_end: monitoring-report, on 2025-09-30; "
                                "the end of the pilot the work plan plans (guideline 3.1.6)\n"),
              std::string::npos)
        << table.output;
}

TEST_P(StatusCommand, AMonthEndedLessThanFifteenDaysAgoIsDueNotOverdue) {
    importPilot();
    const auto result = wopdocs("status", "rawalpindi-multan-billing --json --date 2025-07-10");
    const auto json = Poco::JSON::Parser().parse(result.output).extract<Object::Ptr>();
    const auto june = document(json->getArray("partnerships")->getObject(0), "monthly-report-2025-06");
    ASSERT_TRUE(june);
    EXPECT_EQ(june->getValue<std::string>("state"), "due");
}

// The sample's pilot has no end date: it owes the reports of the longest
// pilot the guideline allows (March to October 2025), not one a month for ever.
TEST_P(StatusCommand, APilotWithoutItsEndOwesAtMostEightMonthlyReports) {
    importPilot();
    const auto result = wopdocs("status", "rawalpindi-multan-billing --json --date 2026-11-28");
    ASSERT_EQ(result.exitCode, 0) << result.output;
    const auto partnership =
        Poco::JSON::Parser().parse(result.output).extract<Object::Ptr>()->getArray("partnerships")->getObject(0);
    ASSERT_TRUE(document(partnership, "monthly-report-2025-10"));
    EXPECT_EQ(document(partnership, "monthly-report-2025-10")->getValue<std::string>("state"), "overdue");
    EXPECT_FALSE(document(partnership, "monthly-report-2025-11")) << result.output;
}

TEST_P(StatusCommand, PrintsATableOnTheTerminal) {
    importPilot();
    const auto result = wopdocs("status", "--date 2025-07-20");
    EXPECT_EQ(result.exitCode, 0) << result.output;
    EXPECT_NE(result.output.find("PARTNERSHIP"), std::string::npos) << result.output;
    EXPECT_NE(result.output.find("rawalpindi-multan-billing       10/15 pilot_start 2025-03-01"), std::string::npos)
        << result.output;
    EXPECT_NE(result.output.find("overdue  monthly-report-2025-06"), std::string::npos) << result.output;
    EXPECT_NE(result.output.find("road map: not made yet"), std::string::npos) << result.output;
}

TEST_P(StatusCommand, AnUnknownPartnershipIsAnError) {
    importPilot();
    const auto result = wopdocs("status", "no-such-partnership");
    EXPECT_EQ(result.exitCode, 1);
    EXPECT_NE(result.output.find("no partnership \"no-such-partnership\""), std::string::npos) << result.output;
}

}  // namespace
}  // namespace wop::batch
