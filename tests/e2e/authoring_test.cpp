// Writing a partnership file: `wopdocs new` to start from, and validate's
// warnings about Text that Urdu documents would print in English.
#include <gtest/gtest.h>

#include <filesystem>
#include <regex>

#include "support.h"

namespace wop {
namespace {

namespace fs = std::filesystem;

test::CommandResult wopdocs(const std::string& arguments) {
    return test::run(test::shellQuote(test::wopdocsBinary()) + " " + arguments);
}

bool contains(const std::string& text, const std::string& part) { return text.find(part) != std::string::npos; }

class Authoring : public ::testing::Test {
protected:
    test::ScratchDir dir{"authoring"};
    fs::path file = dir / "kohat-bannu.json";

    test::CommandResult newFile(const std::string& options = "") {
        return wopdocs("new kohat-bannu --out " + test::shellQuote(file.string()) + " " + options);
    }
};

TEST_F(Authoring, NewWritesAFileThatValidatesStrictlyAndSaysWhatToDoNext) {
    const auto made = newFile("--date 2025-09-01");
    ASSERT_EQ(made.exitCode, 0) << made.output;
    EXPECT_PRED2(contains, made.output, "wrote " + file.string() + ", a partnership at its first step");
    EXPECT_PRED2(contains, made.output, "3. wopdocs generate " + file.string() + " --doc letter-of-request --out out");
    const std::string text = test::readFile(file);
    EXPECT_PRED2(contains, text, "\"id\": \"kohat-bannu\"");
    EXPECT_PRED2(contains, text, "\"request\": \"2025-09-01\"");

    const auto validated = wopdocs("validate --strict " + test::shellQuote(file.string()));
    EXPECT_EQ(validated.exitCode, 0) << validated.output;
    EXPECT_PRED2(contains, validated.output, "1 valid, 0 invalid, 0 warnings");

    const auto schema = test::run("/usr/bin/python3 " +
                                  test::shellQuote((test::sourceDir() / "tests/model/check_schema.py").string()) + " " +
                                  test::shellQuote((test::sourceDir() / "docs/partnership.schema.json").string()) +
                                  " " + test::shellQuote(file.string()));
    EXPECT_PRED2(contains, schema.output, file.string() + ": accepted");

    const auto generated = wopdocs("generate " + test::shellQuote(file.string()) + " --doc letter-of-request --out " +
                                   test::shellQuote((dir / "out").string()));
    EXPECT_EQ(generated.exitCode, 0) << generated.output;
    EXPECT_TRUE(fs::exists(dir / "out" / "kohat-bannu" / "letter-of-request.ur.pdf"));
}

TEST_F(Authoring, NewOverwritesNothing) {
    test::writeFile(file, "mine");
    const auto result = newFile();
    EXPECT_EQ(result.exitCode, 1);
    EXPECT_PRED2(contains, result.output, "wopdocs new: " + file.string() + " exists; name another with --out");
    EXPECT_EQ(test::readFile(file), "mine");
}

TEST_F(Authoring, NewRefusesAnIdTheLoaderWouldRefuse) {
    const auto result = wopdocs("new Kohat_Bannu --out " + test::shellQuote(file.string()));
    EXPECT_EQ(result.exitCode, 2);
    EXPECT_PRED2(contains, result.output, "$.id: error: expected an id of a-z, 0-9 and \"-\", found \"Kohat_Bannu\"");
    EXPECT_FALSE(fs::exists(file));
}

class EnglishOnly : public Authoring {
protected:
    void SetUp() override {
        ASSERT_EQ(newFile("--date 2025-09-01").exitCode, 0);
        std::string text = test::readFile(file);
        // The intention in English alone, and the readiness as a plain string.
        text = std::regex_replace(text, std::regex(R"("intention": \{"en": ("[^"]*"), "ur": "[^"]*"\})"),
                                  "\"intention\": {\"en\": $1}");
        text = std::regex_replace(text, std::regex(R"("readiness": \{"en": ("[^"]*"), "ur": "[^"]*"\})"),
                                  "\"readiness\": $1");
        test::writeFile(file, text);
    }
};

TEST_F(EnglishOnly, ValidateWarnsOfEachField) {
    const auto result = wopdocs("validate " + test::shellQuote(file.string()));
    EXPECT_EQ(result.exitCode, 0) << result.output;
    for (const auto& [field, line] : {std::pair{"intention", "45"}, std::pair{"readiness", "46"}}) {
        EXPECT_PRED2(contains, result.output,
                     file.string() + ":" + line + ":5: $.letter_of_request." + field +
                         ": warning: given only in English, which Urdu documents print; add its \"ur\" "
                         "[Urdu documents in Urdu]");
    }
    EXPECT_PRED2(contains, result.output, "1 valid, 0 invalid, 2 warnings");
}

TEST_F(EnglishOnly, IsAnErrorUnderStrict) {
    const auto result = wopdocs("validate --strict " + test::shellQuote(file.string()));
    EXPECT_EQ(result.exitCode, 1) << result.output;
    EXPECT_PRED2(contains, result.output, "$.letter_of_request.intention: warning: given only in English");
    EXPECT_PRED2(contains, result.output, "0 valid, 1 invalid, 2 warnings");
}

TEST_F(EnglishOnly, DoesNotMatterWhenOnlyEnglishIsMade) {
    const auto result = wopdocs("generate " + test::shellQuote(file.string()) + " --strict --lang en --out " +
                                test::shellQuote((dir / "out").string()));
    EXPECT_EQ(result.exitCode, 0) << result.output;
    EXPECT_FALSE(contains(result.output, "given only in English")) << result.output;
}

}  // namespace
}  // namespace wop
