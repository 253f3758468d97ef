#include <filesystem>
#include <string>
#include <vector>

#include <gtest/gtest.h>

#include <Poco/JSON/Array.h>

#include "model/loader.h"
#include "partnership_json.h"
#include "support.h"

namespace wop::test {
namespace {

using model::Diagnostic;
using Lines = std::vector<std::string>;

bool contains(const std::string& text, const std::string& part) { return text.find(part) != std::string::npos; }

std::vector<std::filesystem::path> samplePaths() {
    std::vector<std::filesystem::path> paths;
    for (const auto& entry : std::filesystem::directory_iterator(sourceDir() / "samples")) {
        if (entry.is_regular_file() && entry.path().extension() == ".json") paths.push_back(entry.path());
    }
    return paths;
}

model::LoadResult loadText(const std::string& json) { return model::loadPartnership(json, "test.json"); }

TEST(Samples, EachLoadsWithoutErrorOrWarning) {
    const auto paths = samplePaths();
    ASSERT_GE(paths.size(), 3u);
    for (const auto& path : paths) {
        auto result = model::loadPartnershipFile(path.string());
        EXPECT_TRUE(result.partnership) << path;
        for (const auto& diagnostic : result.diagnostics) ADD_FAILURE() << diagnostic.str();
    }
}

TEST(Samples, TheFinishedOneHasEverySection) {
    auto result = model::loadPartnershipFile((sourceDir() / "samples/lahore-faisalabad-nrw.json").string());
    ASSERT_TRUE(result.partnership);
    const model::Partnership& p = *result.partnership;
    for (int step = 0; step < model::stepCount; ++step) EXPECT_TRUE(p.steps[step]) << model::stepKey(model::Step(step));
    EXPECT_TRUE(p.letterOfRequest && p.initialMeeting && p.confirmation && p.mentorWorkshop && p.letterOfIntent &&
                p.diagnostic && p.workPlan && p.memorandum && p.studyVisit && p.monitoring && p.finalReportMentee &&
                p.finalReportMentor && p.evaluation && p.recommendation && p.assessment);
    EXPECT_EQ(p.monthlyReports.size(), 7u);
    EXPECT_EQ(p.meetings.size(), 4u);
    ASSERT_TRUE(p.workPlan->pilot);
    EXPECT_EQ(p.workPlan->pilot->to.iso(), "2024-12-31");
    EXPECT_EQ(p.letterOfRequest->reference, "WASA-F/MD/2024/031");
    EXPECT_EQ(p.assessment->adviceGiven, 14);
    EXPECT_FALSE(p.supportingPartners.empty());
    EXPECT_EQ(p.sourceFile, (sourceDir() / "samples/lahore-faisalabad-nrw.json").string());
}

TEST(Samples, TheInvalidOneReportsAllItsErrorsAtOnce) {
    auto result = model::loadPartnershipFile((sourceDir() / "samples/invalid/broken-partnership.json").string());
    EXPECT_FALSE(result.partnership);
    // In reading order: the fields of each object, then its unknown keys, then person references.
    EXPECT_EQ(summaries(result),
              (Lines{"$.large_team: expected true or false, found \"yes\"",
                     "$.parties.mentor.people[0].duties[0]: expected one of \"chairman\", \"national-coordinator\", "
                     "\"director\", \"managing-director\", \"team-leader\", \"team-member\", \"focal-person\", "
                     "\"other\", found \"ceo\"",
                     "$.parties.mentee: missing required field \"name\"",
                     "$.steps.initial_meeting: expected a date YYYY-MM-DD, found \"2025-02-30\"",
                     "$.titel: unknown field \"titel\"; did you mean \"title\"?",
                     "$.letter_of_request.signatory: unknown person id \"mentee-director\""}));
    for (const auto& diagnostic : result.diagnostics) EXPECT_EQ(diagnostic.severity, Diagnostic::Severity::Error);
}

TEST(Samples, TheUnsafeOneHasEachValueRefusedWhereItIs) {
    auto result = model::loadPartnershipFile((sourceDir() / "samples/invalid/unsafe-values.json").string());
    EXPECT_FALSE(result.partnership);
    std::vector<std::string> places;
    for (const auto& d : result.diagnostics) places.push_back(std::to_string(d.line) + ":" + std::to_string(d.column) + " " + d.path);
    EXPECT_EQ(places, (Lines{"3:3 $.id", "5:3 $.subject", "10:7 $.parties.facilitator.email",
                             "12:33 $.parties.facilitator.people[0].name",
                             "22:49 $.letter_of_intent.witnesses[0].organization", "18:3 $.initial_meeting_minutes"}));
}

TEST(Samples, ThePastedOneNamesItsCurlyQuote) {
    auto result = model::loadPartnershipFile((sourceDir() / "samples/invalid/pasted-from-word.json").string());
    ASSERT_EQ(result.diagnostics.size(), 1u);
    EXPECT_EQ(result.diagnostics[0].line, 4);
    EXPECT_EQ(result.diagnostics[0].column, 16);
    EXPECT_PRED2(contains, result.diagnostics[0].message, "a curly quote");
}

TEST(Loader, MalformedJsonIsOneErrorNamingTheFile) {
    auto result = model::loadPartnership("{\"format\": \"wopdocs/1\",\n \"id\": }", "broken.json");
    EXPECT_FALSE(result.partnership);
    ASSERT_EQ(result.diagnostics.size(), 1u);
    EXPECT_EQ(result.diagnostics[0].file, "broken.json");
    EXPECT_PRED2(contains, result.diagnostics[0].message, "invalid JSON: ");
    EXPECT_EQ(result.diagnostics[0].str(),
              "broken.json:2:8: $.id: error: invalid JSON: expected a value (a string, number, object, array, true, "
              "false or null), found '}'");
}

TEST(Loader, TruncatedJsonGivesAPrintableMessage) {
    auto result = loadText("{\"format\": [1, 2");
    ASSERT_EQ(result.diagnostics.size(), 1u);
    for (char c : result.diagnostics[0].message) EXPECT_TRUE(c >= 0x20 && c < 0x7F) << int(c);
}

TEST(Loader, ByteOrderMarkIsIgnored) { EXPECT_TRUE(loadText("\xEF\xBB\xBF" + validPartnershipJson()).partnership); }

TEST(Loader, TheTopLevelMustBeAnObject) {
    EXPECT_EQ(summaries(loadText("[1, 2]")), Lines{"$: expected an object, found an array"});
}

TEST(Loader, ValidPartnershipLoadsCleanly) {
    auto result = loadText(validPartnershipJson());
    ASSERT_TRUE(result.partnership);
    EXPECT_TRUE(result.diagnostics.empty());
    EXPECT_EQ(result.partnership->sourceFile, "test.json");
    EXPECT_EQ(result.partnership->mentee.people.size(), 6u);
    EXPECT_EQ(result.partnership->step(model::Step::PilotEnd), model::Date::parse("2025-12-31"));
}

TEST(Loader, MissingRequiredField) {
    auto result = loadEdited([](JsonObject root) { objectAt(root, {"parties", "mentee"})->remove("name"); });
    EXPECT_FALSE(result.partnership);
    EXPECT_EQ(summaries(result), Lines{"$.parties.mentee: missing required field \"name\""});
}

TEST(Loader, RequiredStringMayNotBeEmpty) {
    auto result = loadEdited([](JsonObject root) { root->set("reference", ""); });
    EXPECT_EQ(summaries(result), Lines{"$.reference: expected a non-empty string, found \"\""});
}

TEST(Loader, WrongType) {
    auto result = loadEdited([](JsonObject root) { root->set("reference", 12); });
    EXPECT_EQ(summaries(result), Lines{"$.reference: expected a string, found number 12"});
}

TEST(Loader, WrongFormat) {
    auto result = loadEdited([](JsonObject root) { root->set("format", "wopdocs/2"); });
    EXPECT_EQ(summaries(result), Lines{"$.format: expected \"wopdocs/1\", found \"wopdocs/2\""});
}

TEST(Loader, IdMustBeSafeInAPath) {
    auto result = loadEdited([](JsonObject root) { root->set("id", "Lahore/NRW"); });
    EXPECT_EQ(summaries(result), Lines{"$.id: expected an id of a-z, 0-9 and \"-\", found \"Lahore/NRW\""});
}

TEST(Loader, IdMayNotBeTheRoadMaps) {
    auto result = loadEdited([](JsonObject root) { root->set("id", std::string(model::programId)); });
    EXPECT_EQ(summaries(result), Lines{"$.id: \"program\" names the road map's documents; choose another id"});
    EXPECT_FALSE(result.partnership);
}

TEST(Loader, ImpossibleDate) {
    auto result = loadEdited([](JsonObject root) { objectAt(root, {"steps"})->set("pilot_start", "2025-02-30"); });
    EXPECT_EQ(summaries(result), Lines{"$.steps.pilot_start: expected a date YYYY-MM-DD, found \"2025-02-30\""});
}

TEST(Loader, ImpossibleMonth) {
    auto result =
        loadEdited([](JsonObject root) { root->getArray("monthly_reports")->getObject(1)->set("month", "2025-13"); });
    EXPECT_EQ(summaries(result), Lines{"$.monthly_reports[1].month: expected a month YYYY-MM, found \"2025-13\""});
}

TEST(Loader, DuplicateMonthlyReport) {
    auto result =
        loadEdited([](JsonObject root) { root->getArray("monthly_reports")->getObject(1)->set("month", "2025-06"); });
    EXPECT_EQ(summaries(result), Lines{"$.monthly_reports[1].month: duplicate month \"2025-06\", already "
                                       "reported at $.monthly_reports[0]"});
}

TEST(Loader, UnknownPersonId) {
    auto result = loadEdited([](JsonObject root) {
        Poco::JSON::Array::Ptr signatories = objectAt(root, {"memorandum"})->getArray("signatories");
        signatories->set(1, "wasa-md");
    });
    EXPECT_EQ(summaries(result), Lines{"$.memorandum.signatories[1]: unknown person id \"wasa-md\""});
}

TEST(Loader, DuplicatePersonId) {
    auto result = loadEdited([](JsonObject root) {
        JsonObject person = new Poco::JSON::Object;
        person->set("id", "chairman");
        person->set("name", "Mr. Umar Farooq Abbasi");
        objectAt(root, {"parties", "mentor"})->getArray("people")->add(person);
    });
    EXPECT_EQ(summaries(result), Lines{"$.parties.mentor.people[2]: duplicate person id \"chairman\", "
                                       "already defined at $.parties.facilitator.people[0]"});
}

TEST(Loader, UnknownFieldIsAnError) {
    auto result = loadEdited([](JsonObject root) { objectAt(root, {"parties", "mentor"})->set("adress", "Gulberg"); });
    EXPECT_FALSE(result.partnership);
    EXPECT_EQ(summaries(result), Lines{"$.parties.mentor.adress: unknown field \"adress\"; did you mean \"address\"?"});
}

TEST(Loader, UnknownEnumerationValue) {
    auto result = loadEdited([](JsonObject root) { objectAt(root, {"memorandum"})->set("status", "signed"); });
    EXPECT_EQ(summaries(result), Lines{"$.memorandum.status: expected one of \"draft\", \"final\", found \"signed\""});
}

TEST(Loader, NullOptionalFieldIsAbsent) {
    auto result =
        loadEdited([](JsonObject root) { objectAt(root, {"steps"})->set("confirmation", Poco::Dynamic::Var()); });
    ASSERT_TRUE(result.partnership);
    EXPECT_FALSE(result.partnership->step(model::Step::Confirmation));
}

TEST(Loader, DateRangeMustNotRunBackwards) {
    auto result = loadEdited([](JsonObject root) {
        JsonObject visit = new Poco::JSON::Object;
        visit->set("from", "2025-05-20");
        visit->set("to", "2025-05-18");
        JsonObject studyVisit = new Poco::JSON::Object;
        studyVisit->set("visit", visit);
        root->set("study_visit", studyVisit);
    });
    EXPECT_EQ(summaries(result), Lines{"$.study_visit.visit: expected \"to\" on or after \"from\" "
                                       "(2025-05-20), found 2025-05-18"});
}

TEST(Loader, IntegerOutOfRange) {
    auto result = loadEdited([](JsonObject root) {
        JsonObject learning = new Poco::JSON::Object;
        learning->set("purpose", 6);
        learning->set("text", "Learned a lot");
        Poco::JSON::Array::Ptr learnings = new Poco::JSON::Array;
        learnings->add(learning);
        JsonObject visit = new Poco::JSON::Object;
        visit->set("from", "2025-05-20");
        visit->set("to", "2025-05-22");
        JsonObject studyVisit = new Poco::JSON::Object;
        studyVisit->set("visit", visit);
        studyVisit->set("learnings", learnings);
        root->set("study_visit", studyVisit);
    });
    EXPECT_EQ(summaries(result),
              Lines{"$.study_visit.learnings[0].purpose: expected an integer from 1 to 5, found number 6"});
}

TEST(Text, PlainStringIsEnglish) {
    auto result = loadText(validPartnershipJson());
    ASSERT_TRUE(result.partnership);
    const model::Text& name = result.partnership->mentor.name;
    EXPECT_EQ(name.en, "Water and Sanitation Agency Lahore");
    EXPECT_EQ(name.ur, "");
    EXPECT_EQ(name.in(model::Lang::Ur), name.en);
}

TEST(Text, ObjectGivesBothLanguages) {
    auto result = loadText(validPartnershipJson());
    ASSERT_TRUE(result.partnership);
    const model::Text& subject = result.partnership->subject;
    EXPECT_EQ(subject.in(model::Lang::En), "Reduction of non-revenue water");
    EXPECT_EQ(subject.in(model::Lang::Ur), "غیر محصولی پانی میں کمی");
}

TEST(Text, ObjectNeedsALanguage) {
    auto result = loadEdited([](JsonObject root) { root->set("subject", JsonObject(new Poco::JSON::Object)); });
    EXPECT_EQ(summaries(result), Lines{"$.subject: expected a non-empty \"en\" or \"ur\", found neither"});
}

TEST(Text, ObjectKnowsOnlyItsLanguages) {
    auto result = loadEdited([](JsonObject root) {
        JsonObject subject = new Poco::JSON::Object;
        subject->set("en", "Metering");
        subject->set("urdu", "میٹرنگ");
        root->set("subject", subject);
    });
    EXPECT_EQ(summaries(result), Lines{"$.subject.urdu: unknown field \"urdu\""});
}

TEST(Text, NeitherStringNorObject) {
    auto result = loadEdited([](JsonObject root) { root->set("subject", true); });
    EXPECT_EQ(summaries(result),
              Lines{"$.subject: expected a string or an object with \"en\" and/or \"ur\", found true"});
}

TEST(Limits, FileLargerThanFourMebibytes) {
    std::string json = validPartnershipJson();
    json.append(4 * 1024 * 1024, ' ');
    auto result = loadText(json);
    EXPECT_FALSE(result.partnership);
    ASSERT_EQ(result.diagnostics.size(), 1u);
    EXPECT_PRED2(contains, result.diagnostics[0].message, "file too large");
}

TEST(Limits, FileLargerThanFourMebibytesOnDisk) {
    ScratchDir scratch("model-limits");
    writeFile(scratch / "huge.json", validPartnershipJson() + std::string(4 * 1024 * 1024, ' '));
    auto result = model::loadPartnershipFile((scratch / "huge.json").string());
    ASSERT_EQ(result.diagnostics.size(), 1u);
    EXPECT_PRED2(contains, result.diagnostics[0].message, "file too large");
}

TEST(Limits, StringLongerThanTwentyThousandCharacters) {
    auto result = loadEdited([](JsonObject root) { root->set("reference", std::string(20001, 'x')); });
    EXPECT_EQ(summaries(result), Lines{"$.reference: expected a string of at most 20000 characters, found 20001"});
}

TEST(Limits, CountsCharactersNotBytes) {
    std::string urdu;
    for (int i = 0; i < 20000; ++i) urdu += "پ";  // two bytes each
    auto result = loadEdited([&](JsonObject root) { root->set("reference", urdu); });
    EXPECT_TRUE(result.partnership);
}

TEST(Limits, ArrayLongerThanTwoThousandItems) {
    auto result = loadEdited([](JsonObject root) {
        Poco::JSON::Array::Ptr duties = new Poco::JSON::Array;
        for (int i = 0; i < 2001; ++i) duties->add("other");
        objectAt(root, {"parties", "mentor"})->getArray("people")->getObject(0)->set("duties", duties);
    });
    EXPECT_EQ(summaries(result), Lines{"$.parties.mentor.people[0].duties: expected at most 2000 items, found 2001"});
}

TEST(Limits, NestingDeeperThanThirtyTwo) {
    auto result = loadText("{\"title\": " + std::string(40, '[') + std::string(40, ']') + "}");
    ASSERT_EQ(result.diagnostics.size(), 1u);
    EXPECT_PRED2(contains, result.diagnostics[0].message, "invalid JSON: nested deeper than 32 levels");
}

// Beyond a double's range: an error at the number, not an exception that
// ends the program; below it: 0.
TEST(Limits, NumbersBeyondADoublesRange) {
    auto large = loadText("{\"format\": \"wopdocs/1\", \"unknown\": 1e400}");
    ASSERT_FALSE(large.diagnostics.empty());
    EXPECT_PRED2(contains, large.diagnostics[0].message, "a number too large: 1e400");
    auto small = loadText("{\"format\": \"wopdocs/1\", \"unknown\": 1e-400}");
    for (const auto& diagnostic : small.diagnostics)
        EXPECT_EQ(diagnostic.message.find("number"), std::string::npos) << diagnostic.message;
}

TEST(Loader, MissingFile) {
    auto result = model::loadPartnershipFile("/nonexistent/partnership.json");
    EXPECT_FALSE(result.partnership);
    ASSERT_EQ(result.diagnostics.size(), 1u);
    EXPECT_PRED2(contains, result.diagnostics[0].str(), "/nonexistent/partnership.json: error: cannot read the file");
}

TEST(Diagnostic, PrintsOneLine) {
    Diagnostic error{Diagnostic::Severity::Error, "a.json", "$.id", "expected a string, found number 1", ""};
    EXPECT_EQ(error.str(), "a.json: $.id: error: expected a string, found number 1");
    Diagnostic warning{Diagnostic::Severity::Warning, "a.json", "$.steps.pilot_end", "the pilot lasts 5.00 months",
                       "pilot of 6-8 months (guideline 2.6)"};
    EXPECT_EQ(warning.str(),
              "a.json: $.steps.pilot_end: warning: the pilot lasts 5.00 months [pilot of 6-8 months (guideline 2.6)]");
    EXPECT_TRUE(model::hasErrors({warning, error}));
    EXPECT_FALSE(model::hasErrors({warning}));
}

}  // namespace
}  // namespace wop::test

namespace wop::test {
namespace {

bool reportsEnglishOnly(const model::LoadResult& result, const std::string& path) {
    for (const auto& warning : result.englishOnly)
        if (warning.path == path) return true;
    return false;
}

TEST(Loader, NamesEachTextGivenOnlyInEnglish) {
    const auto result = loadEdited([](JsonObject root) {
        Poco::JSON::Object::Ptr title = new Poco::JSON::Object;
        title->set("en", "Less water lost");
        root->set("title", title);
    });
    ASSERT_TRUE(result.partnership);
    EXPECT_TRUE(reportsEnglishOnly(result, "$.title"));                   // {"en": ...}
    EXPECT_TRUE(reportsEnglishOnly(result, "$.parties.facilitator.name"));  // a plain string
    EXPECT_FALSE(reportsEnglishOnly(result, "$.subject"));                // in both
    const auto& warning = result.englishOnly.front();
    EXPECT_EQ(warning.severity, model::Diagnostic::Severity::Warning);
    EXPECT_EQ(warning.message, "given only in English, which Urdu documents print; add its \"ur\"");
    // Not among the diagnostics: only those who make Urdu documents add them.
    EXPECT_TRUE(result.diagnostics.empty());
}

}  // namespace
}  // namespace wop::test
