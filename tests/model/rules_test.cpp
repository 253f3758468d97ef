#include <string>
#include <vector>

#include <gtest/gtest.h>

#include <Poco/JSON/Array.h>

#include "model/loader.h"
#include "model/rules.h"
#include "partnership_json.h"

namespace wop::test {
namespace {

using model::Diagnostic;

// "path: message [rule]" of each warning; fails the test on any error.
std::vector<std::string> warnings(const model::LoadResult& result) {
    std::vector<std::string> lines;
    for (const Diagnostic& diagnostic : result.diagnostics) {
        EXPECT_EQ(diagnostic.severity, Diagnostic::Severity::Warning) << diagnostic.str();
        lines.push_back(diagnostic.path + ": " + diagnostic.message + " [" + diagnostic.rule + "]");
    }
    return lines;
}

Poco::JSON::Array::Ptr arrayOf(std::initializer_list<std::string> items) {
    Poco::JSON::Array::Ptr array = new Poco::JSON::Array;
    for (const std::string& item : items) array->add(item);
    return array;
}

void setStep(const JsonObject& root, const std::string& step, const std::string& date) {
    objectAt(root, {"steps"})->set(step, date);
}

void addMenteeTeamMembers(const JsonObject& root, int count) {
    auto people = objectAt(root, {"parties", "mentee"})->getArray("people");
    for (int i = 0; i < count; ++i) {
        JsonObject person = new Poco::JSON::Object;
        person->set("id", "extra-member-" + std::to_string(i));
        person->set("name", "Team member " + std::to_string(i));
        person->set("duties", arrayOf({"team-member"}));
        people->add(person);
    }
}

TEST(Rules, TheValidPartnershipBreaksNone) {
    auto result = loadEdited([](JsonObject) {});
    EXPECT_TRUE(warnings(result).empty());
}

TEST(Rules, WarningsNameTheFileAndKeepThePartnership) {
    auto result = loadEdited([](JsonObject root) { setStep(root, "pilot_end", "2025-10-01"); });
    ASSERT_TRUE(result.partnership);
    ASSERT_EQ(result.diagnostics.size(), 1u);
    EXPECT_EQ(result.diagnostics[0].file, "test.json");
    EXPECT_EQ(model::checkRules(*result.partnership).size(), 1u);
}

TEST(Rules, MenteeTeamTooSmall) {
    auto result = loadEdited([](JsonObject root) {
        objectAt(root, {"parties", "mentee"})->getArray("people")->remove(5);
    });
    EXPECT_EQ(warnings(result),
              std::vector<std::string>{"$.parties.mentee.people: the mentee team (team leader and members) has 3 "
                                       "people, expected 4 to 10 [mentee team of 4-10 people, at most 15 in a large "
                                       "team (guideline 3.1.1 A.6)]"});
}

TEST(Rules, MenteeTeamTooLarge) {
    auto result = loadEdited([](JsonObject root) { addMenteeTeamMembers(root, 7); });
    ASSERT_EQ(warnings(result).size(), 1u);
    EXPECT_EQ(result.diagnostics[0].message,
              "the mentee team (team leader and members) has 11 people, expected 4 to 10");
}

TEST(Rules, LargeTeamAllowsFifteenAndNoMore) {
    auto fifteen = loadEdited([](JsonObject root) {
        root->set("large_team", true);
        addMenteeTeamMembers(root, 11);
    });
    EXPECT_TRUE(warnings(fifteen).empty());
    auto sixteen = loadEdited([](JsonObject root) {
        root->set("large_team", true);
        addMenteeTeamMembers(root, 12);
    });
    ASSERT_EQ(warnings(sixteen).size(), 1u);
    EXPECT_EQ(sixteen.diagnostics[0].message,
              "the mentee team (team leader and members) has 16 people, expected 4 to 15");
}

TEST(Rules, PilotTooShort) {
    auto result = loadEdited([](JsonObject root) { setStep(root, "pilot_end", "2025-11-16"); });
    EXPECT_EQ(warnings(result), std::vector<std::string>{"$.steps.pilot_end: the pilot lasts 5.50 months (2025-06-01 "
                                                         "to 2025-11-16), expected 6 to 8 [pilot of 6-8 months "
                                                         "(guideline 2.6)]"});
}

TEST(Rules, PilotTooLong) {
    auto result = loadEdited([](JsonObject root) { setStep(root, "pilot_end", "2026-02-02"); });
    ASSERT_EQ(warnings(result).size(), 1u);
    EXPECT_EQ(result.diagnostics[0].message, "the pilot lasts 8.04 months (2025-06-01 to 2026-02-02), expected 6 to 8");
}

TEST(Rules, PilotOfExactlySixOrEightMonthsIsFine) {
    for (const char* end : {"2025-12-01", "2026-02-01"}) {
        auto result = loadEdited([&](JsonObject root) { setStep(root, "pilot_end", end); });
        EXPECT_TRUE(warnings(result).empty()) << end;
    }
}

TEST(Rules, InitialMeetingWithoutNationalCoordinator) {
    auto result = loadEdited([](JsonObject root) {
        objectAt(root, {"initial_meeting"})
            ->set("attendees", arrayOf({"chairman", "mentor-director", "mentee-director"}));
    });
    EXPECT_EQ(warnings(result), std::vector<std::string>{
                                    "$.initial_meeting.attendees: the attendees include no national coordinator of the "
                                    "facilitator (PWON) [initial meeting attended by PWON's national coordinator and "
                                    "both directors (guideline 3.1.2)]"});
}

TEST(Rules, InitialMeetingWithoutEitherDirector) {
    auto result = loadEdited([](JsonObject root) {
        objectAt(root, {"initial_meeting"})->set("attendees", arrayOf({"coordinator", "mentor-md", "leader"}));
    });
    ASSERT_EQ(warnings(result).size(), 2u);
    EXPECT_EQ(result.diagnostics[0].message, "the attendees include no director of the mentor (WASA Lahore)");
    EXPECT_EQ(result.diagnostics[1].message, "the attendees include no director of the mentee (WASA Faisalabad)");
}

TEST(Rules, DutyMustBeHeldInTheRightParty) {
    // The mentee's director does not stand in for the mentor's.
    auto result = loadEdited([](JsonObject root) {
        objectAt(root, {"letter_of_intent"})->set("signatories", arrayOf({"mentee-director", "chairman"}));
    });
    EXPECT_EQ(warnings(result),
              std::vector<std::string>{"$.letter_of_intent.signatories: the signatories include no director of the "
                                       "mentor (WASA Lahore) [LoI signed by both directors and PWON's chairman "
                                       "(guideline 3.1.4)]"});
}

TEST(Rules, LetterOfIntentWithoutChairman) {
    auto result = loadEdited([](JsonObject root) {
        objectAt(root, {"letter_of_intent"})
            ->set("signatories", arrayOf({"mentee-director", "mentor-director", "coordinator"}));
    });
    ASSERT_EQ(warnings(result).size(), 1u);
    EXPECT_EQ(result.diagnostics[0].message, "the signatories include no chairman of the facilitator (PWON)");
}

TEST(Rules, MemorandumSignedByDirectorsInsteadOfManagingDirectors) {
    auto result = loadEdited([](JsonObject root) {
        objectAt(root, {"memorandum"})->set("signatories", arrayOf({"mentee-director", "mentor-director", "chairman"}));
    });
    EXPECT_EQ(warnings(result),
              (std::vector<std::string>{
                  "$.memorandum.signatories: the signatories include no managing director (MD/CEO) of the mentee "
                  "(WASA Faisalabad) [MoA signed by both MDs/CEOs and PWON's chairman (guideline 3.1.7)]",
                  "$.memorandum.signatories: the signatories include no managing director (MD/CEO) of the mentor "
                  "(WASA Lahore) [MoA signed by both MDs/CEOs and PWON's chairman (guideline 3.1.7)]"}));
}

TEST(Rules, StepsOutOfOrderReportEachPair) {
    // The letter of intent dated before the request and the initial meeting.
    auto result = loadEdited([](JsonObject root) { setStep(root, "letter_of_intent", "2025-01-10"); });
    EXPECT_EQ(warnings(result),
              (std::vector<std::string>{
                  "$.steps.letter_of_intent: \"letter_of_intent\" (2025-01-10) is before \"request\" (2025-01-15), "
                  "which the guideline puts first [steps in the guideline's order (guideline 3)]",
                  "$.steps.letter_of_intent: \"letter_of_intent\" (2025-01-10) is before \"initial_meeting\" "
                  "(2025-02-06), which the guideline puts first [steps in the guideline's order (guideline 3)]"}));
}

TEST(Rules, StepsOnTheSameDayAreInOrder) {
    auto result = loadEdited([](JsonObject root) { setStep(root, "memorandum_of_agreement", "2025-06-01"); });
    EXPECT_TRUE(warnings(result).empty());
}

TEST(Rules, MonthlyReportOutsideThePilot) {
    auto result = loadEdited([](JsonObject root) {
        root->getArray("monthly_reports")->getObject(0)->set("month", "2025-05");
        root->getArray("monthly_reports")->getObject(1)->set("month", "2026-01");
    });
    EXPECT_EQ(warnings(result),
              (std::vector<std::string>{"$.monthly_reports[0].month: month 2025-05 is outside the pilot (2025-06 to "
                                        "2025-12) [monthly reports during the pilot (guideline 3.2.2)]",
                                        "$.monthly_reports[1].month: month 2026-01 is outside the pilot (2025-06 to "
                                        "2025-12) [monthly reports during the pilot (guideline 3.2.2)]"}));
}

TEST(Rules, MonthlyReportsOfAPilotStillRunning) {
    auto result = loadEdited([](JsonObject root) {
        objectAt(root, {"steps"})->remove("pilot_end");
        root->getArray("monthly_reports")->getObject(0)->set("month", "2025-05");
    });
    ASSERT_EQ(warnings(result).size(), 1u);
    EXPECT_EQ(result.diagnostics[0].message, "month 2025-05 is outside the pilot (2025-06 to now)");
}

}  // namespace
}  // namespace wop::test

namespace wop::test {
namespace {

JsonObject range(const std::string& from, const std::string& to) {
    JsonObject object = new Poco::JSON::Object;
    object->set("from", from);
    object->set("to", to);
    return object;
}

TEST(Rules, TheWorkPlansPilotIsPlannedForSixToEightMonths) {
    auto result = loadEdited([](JsonObject root) {
        JsonObject plan = new Poco::JSON::Object;
        plan->set("pilot", range("2025-06-01", "2026-06-30"));
        root->set("work_plan", plan);
    });
    EXPECT_EQ(warnings(result),
              (std::vector<std::string>{"$.work_plan.pilot: the work plan plans a pilot of 12.97 months (2025-06-01 to "
                                        "2026-06-30), expected 6 to 8 [pilot of 6-8 months (guideline 2.6)]"}));
}

TEST(Rules, ThePartiesCountOfAdviceCoversTheMonitoringVisits) {
    auto result = loadEdited([](JsonObject root) {
        JsonObject visit = new Poco::JSON::Object;
        visit->set("date", "2025-08-01");
        visit->set("advice", arrayOf({"Repair leaks first", "Meter the zone"}));
        Poco::JSON::Array::Ptr visits = new Poco::JSON::Array;
        visits->add(visit);
        JsonObject monitoring = new Poco::JSON::Object;
        monitoring->set("visits", visits);
        root->set("monitoring", monitoring);
        JsonObject assessment = new Poco::JSON::Object;
        assessment->set("advice_given", 1);
        root->set("assessment", assessment);
    });
    EXPECT_EQ(warnings(result),
              (std::vector<std::string>{"$.assessment.advice_given: the assessment counts 1 items of advice in all, "
                                        "but the monitoring visits alone record 2 [advice counted by the mentor's "
                                        "know-how transfer (guideline 5.2)]"}));
}

}  // namespace
}  // namespace wop::test
