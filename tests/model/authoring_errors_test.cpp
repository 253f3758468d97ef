// What a person editing a partnership file is told of a mistake: where it
// is (file, line and column, JSON path), what was found there and, when it
// can be guessed, what was meant.
#include <string>
#include <vector>

#include <gtest/gtest.h>

#include <Poco/JSON/Array.h>

#include "model/loader.h"
#include "model/mail_address.h"
#include "partnership_json.h"

namespace wop::test {
namespace {

using Lines = std::vector<std::string>;

// The valid partnership with `from` (which must be in it) replaced by `to`, as text.
model::LoadResult loadReplaced(const std::string& from, const std::string& to) {
    std::string json = validPartnershipJson();
    const auto at = json.find(from);
    if (at == std::string::npos) throw std::invalid_argument("not in the valid partnership: " + from);
    return model::loadPartnership(json.replace(at, from.size(), to), "test.json");
}

std::vector<std::string> lines(const model::LoadResult& result) {
    std::vector<std::string> all;
    for (const auto& diagnostic : result.diagnostics) all.push_back(diagnostic.str());
    return all;
}

TEST(JsonErrors, SayLineColumnAndTheTextFound) {
    // "today: `invalid JSON: expected ',' or '}' after member value` with no position"
    const auto result = model::loadPartnership("{\n  \"format\": \"wopdocs/1\"\n  \"id\": \"x\"\n}", "x.json");
    EXPECT_EQ(lines(result), Lines{"x.json:3:3: $.format: error: invalid JSON: expected ',' or '}' after the value of "
                                   "\"format\", found '\"id\": \"x\"'"});
}

TEST(JsonErrors, NameACurlyQuoteAsSuch) {
    // "a curly quote pasted from Word gives `unexpected byte '\xE2' in value`"
    const auto result = model::loadPartnership("{\"format\": \u201Cwopdocs/1\u201D}", "x.json");
    EXPECT_EQ(lines(result), Lines{"x.json:1:12: $.format: error: invalid JSON: expected a value (a string, number, "
                                   "object, array, true, false or null), found \u201C (U+201C), a curly quote as word "
                                   "processors write it: JSON quotes only with the straight \""});
}

TEST(JsonErrors, InvalidUtf8IsNotAnUnterminatedString) {
    // "invalid UTF-8 is reported as \"unterminated string literal\""
    const auto result = model::loadPartnership("{\"format\": \"wop\xFF\x64ocs/1\"}", "x.json");
    EXPECT_EQ(lines(result), Lines{"x.json:1:16: $.format: error: invalid JSON: invalid text in a string: byte 0xFF, "
                                   "which is not UTF-8 (save the file as UTF-8)"});
}

TEST(JsonErrors, ADuplicateKeyIsRefusedWhereverItIs) {
    // "duplicate JSON keys are accepted, the last winning"
    const auto result = model::loadPartnership("{\"format\": \"wopdocs/1\",\n \"id\": \"a\",\n \"id\": \"b\"}", "x.json");
    EXPECT_EQ(lines(result), Lines{"x.json:3:2: $.id: error: invalid JSON: duplicate key \"id\", already given at line "
                                   "2, column 2: only one may stay"});
}

TEST(JsonErrors, ControlCharactersAreRefusedInText) {
    // "control characters (`\u0007`, `\u001b`, `\u202e`) are accepted into text"
    for (const std::string escaped : {"\\u0007", "\\u001b", "\\u202e", "\\u202E"}) {
        const auto result = loadReplaced("{\"en\": \"Reduction", "{\"en\": \"Reduction" + escaped);
        ASSERT_EQ(result.diagnostics.size(), 1u) << escaped;
        EXPECT_FALSE(result.partnership);
        EXPECT_EQ(result.diagnostics[0].path, "$.subject.en") << escaped;
        EXPECT_NE(result.diagnostics[0].message.find("control character U+"), std::string::npos) << escaped;
        EXPECT_GT(result.diagnostics[0].line, 0);
    }
    // Written as they are, not escaped, too.
    const auto raw = loadReplaced("{\"en\": \"Reduction", "{\"en\": \"\u202EReduction");
    ASSERT_EQ(raw.diagnostics.size(), 1u);
    EXPECT_NE(raw.diagnostics[0].message.find("control character U+202E"), std::string::npos);
    // A line break and a tab stay allowed in text.
    EXPECT_TRUE(loadReplaced("{\"en\": \"Reduction", "{\"en\": \"a\\n\\tReduction").partnership);
}

TEST(ReaderErrors, AreAtTheLineAndColumnOfTheirValue) {
    const auto result = model::loadPartnership("{\n  \"format\": \"wopdocs/2\"\n}", "x.json");
    ASSERT_FALSE(result.diagnostics.empty());
    EXPECT_EQ(result.diagnostics[0].str(), "x.json:2:3: $.format: error: expected \"wopdocs/1\", found \"wopdocs/2\"");
}

TEST(UnknownFields, SuggestTheFieldMeant) {
    // "\"did you mean …\" for unknown fields (e.g. `unknown field \"organization\"`)"
    const auto result = loadEdited([](JsonObject root) {
        JsonObject witness = new Poco::JSON::Object;
        witness->set("name", "Mr. Imran Qureshi");
        witness->set("organization", "Punjab Local Government");
        Poco::JSON::Array::Ptr witnesses = new Poco::JSON::Array;
        witnesses->add(witness);
        JsonObject letter = new Poco::JSON::Object;
        letter->set("witnesses", witnesses);
        root->set("letter_of_intent", letter);
    });
    EXPECT_EQ(summaries(result), Lines{"$.letter_of_intent.witnesses[0].organization: unknown field \"organization\"; "
                                       "did you mean \"organisation\"?"});
}

TEST(UnknownFields, ASectionNamedAfterItsDocumentSaysTheSectionsName) {
    // "`initial_meeting_minutes` is refused although the document id is
    // `initial-meeting-minutes`; the section is `initial_meeting`"
    for (const std::string key : {"initial_meeting_minutes", "initial-meeting-minutes"}) {
        const auto result = loadEdited([&](JsonObject root) { root->set(key, JsonObject(new Poco::JSON::Object)); });
        EXPECT_EQ(summaries(result), Lines{"$." + key + ": unknown field \"" + key +
                                           "\": the document initial-meeting-minutes is written from the section "
                                           "\"initial_meeting\""});
    }
}

TEST(PartnershipId, IsShortEnoughForEveryFileAndLink) {
    // "A partnership id of 5 000 characters passes `validate` and `import`,
    // then every `batch` fails with \"File name too long\"; one of 120 passes
    // but its portal download links 404."
    for (const std::size_t length : {5000u, 120u, 65u}) {
        const auto result = loadEdited([&](JsonObject root) { root->set("id", std::string(length, 'a')); });
        EXPECT_EQ(summaries(result),
                  Lines{"$.id: expected an id of at most 64 characters, found " + std::to_string(length)});
    }
    EXPECT_TRUE(loadEdited([](JsonObject root) { root->set("id", std::string(64, 'a')); }).partnership);
}

TEST(MailAddresses, AreCheckedWhenTheFileIsRead) {
    // "`validate` and `import` accept an email `x@y.z> , <attacker@evil.example`
    // (the message went to the attacker), commas, CR or LF in addresses"
    for (const std::string address : {"x@y.z> , <attacker@evil.example", "a@pwon.org.pk, b@evil.example",
                                      "a@pwon.org.pk\nBcc: b@evil.example", "a@pwon.org.pk b@evil.example"}) {
        const auto result = loadEdited([&](JsonObject root) { objectAt(root, {"parties", "mentor"})->set("email", address); });
        ASSERT_EQ(result.diagnostics.size(), 1u) << address;
        EXPECT_EQ(result.diagnostics[0].path, "$.parties.mentor.email");
        EXPECT_EQ(result.diagnostics[0].message.find("expected an email address"), 0u) << result.diagnostics[0].message;
    }
}

TEST(MailAddresses, AreWhatPeopleWrite) {
    for (const char* good : {"secretariat@pwon.org.pk", "rabia.saleem+wop@wasa-faisalabad.gop.pk", "md@wasa.pk"})
        EXPECT_TRUE(model::isMailAddress(good)) << good;
    for (const char* bad : {"", "pwon.org.pk", "@pwon.org.pk", "a@", "a@localhost", "a..b@pwon.org.pk", ".a@pwon.org.pk",
                            "a@-pwon.org.pk", "a@pwon..pk", "\"a b\"@pwon.org.pk", "a@[127.0.0.1]", "a b@pwon.org.pk",
                            "a<b@pwon.org.pk", "ثنا@pwon.org.pk"})
        EXPECT_FALSE(model::isMailAddress(bad)) << bad;
}

TEST(Names, AreOneLine) {
    // "names with line breaks or unescaped quotes"; quotes themselves are
    // fine in a name: the mail headers quote it.
    const auto result = loadEdited([](JsonObject root) {
        objectAt(root, {"parties", "mentor"})->set("short_name", "WASA\nBcc: attacker@evil.example");
    });
    EXPECT_EQ(summaries(result), Lines{"$.parties.mentor.short_name: expected a name on one line, without line breaks "
                                       "or tabs, found \"WASA\\nBcc: attacker@evil.example\""});
    EXPECT_TRUE(loadEdited([](JsonObject root) {
                    objectAt(root, {"parties", "mentor"})->set("short_name", "WASA \"Lahore\"");
                }).partnership);
}

}  // namespace
}  // namespace wop::test
