// Writing a partnership file: `wopdocs new` to start from.
#include <gtest/gtest.h>

#include <filesystem>

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
    EXPECT_PRED2(contains, validated.output, "1 valid, 0 invalid, 0 rule warnings");

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

}  // namespace
}  // namespace wop
