// `extra`: fields of the facilitator's own, for edited templates to print,
// read like every other Text and refused with their path when malformed.
#include <gtest/gtest.h>

#include <algorithm>
#include <map>
#include <string>
#include <vector>

#include <Poco/JSON/Parser.h>

#include "partnership_json.h"

namespace wop::test {
namespace {

using Lines = std::vector<std::string>;

JsonObject extraOf(const std::string& json) { return Poco::JSON::Parser().parse(json).extract<JsonObject>(); }

TEST(Extra, EachFieldIsAText) {
    const auto result = loadEdited([](JsonObject root) {
        root->set("extra", extraOf(R"({"ceremony_time": {"en": "10:30 am", "ur": "صبح ساڑھے دس بجے"},
                                       "hall2": {"en": "Committee Room", "ur": "کمیٹی روم"}})"));
    });
    ASSERT_TRUE(result.partnership) << ::testing::PrintToString(summaries(result));
    const std::map<std::string, model::Text> expected = {{"ceremony_time", {"10:30 am", "صبح ساڑھے دس بجے"}},
                                                          {"hall2", {"Committee Room", "کمیٹی روم"}}};
    ASSERT_EQ(result.partnership->extra.size(), 2u);
    for (const auto& [key, text] : expected) {
        EXPECT_EQ(result.partnership->extra.at(key).en, text.en);
        EXPECT_EQ(result.partnership->extra.at(key).ur, text.ur);
    }
    EXPECT_TRUE(summaries(result).empty());
}

TEST(Extra, APlainStringIsEnglishAndWarnedOfLikeAnyText) {
    const auto result = loadEdited([](JsonObject root) { root->set("extra", extraOf(R"({"ceremony_time": "10:30 am"})")); });
    ASSERT_TRUE(result.partnership);
    EXPECT_EQ(result.partnership->extra.at("ceremony_time").in(model::Lang::Ur), "10:30 am");
    EXPECT_TRUE(std::any_of(result.englishOnly.begin(), result.englishOnly.end(),
                            [](const model::Diagnostic& d) { return d.path == "$.extra.ceremony_time"; }));
}

TEST(Extra, KeysAreNamesATemplateCanUseAndValuesTexts) {
    const auto result = loadEdited([](JsonObject root) {
        root->set("extra", extraOf(R"({"Ceremony-Time": "10:30", "hall": 3, "guests": {"de": "x"}})"));
    });
    EXPECT_FALSE(result.partnership);
    EXPECT_EQ(summaries(result),
              (Lines{"$.extra.Ceremony-Time: expected a key of a-z, 0-9 and \"_\" that starts with a letter, found "
                     "\"Ceremony-Time\"",
                     "$.extra.guests.de: unknown field \"de\"",
                     "$.extra.hall: expected a string or an object with \"en\" and/or \"ur\", found number 3"}));
}

TEST(Extra, MustBeAnObject) {
    const auto result = loadEdited([](JsonObject root) { root->set("extra", "10:30"); });
    EXPECT_FALSE(result.partnership);
    EXPECT_EQ(summaries(result), Lines{"$.extra: expected an object, found \"10:30\""});
}

}  // namespace
}  // namespace wop::test
