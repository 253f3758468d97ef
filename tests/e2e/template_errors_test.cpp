// A template's mistakes as `generate` reports them: each at the template or
// partial file and line that holds it, whether the template stage finds it
// or the markup made from it shows it.
#include <gtest/gtest.h>

#include <filesystem>
#include <string>

#include "support.h"

namespace wop {
namespace {

namespace fs = std::filesystem;

class TemplateErrors : public ::testing::Test {
protected:
    test::ScratchDir dir{"template-errors"};
    fs::path templates = dir / "templates";

    void SetUp() override { fs::copy(test::sourceDir() / "templates", templates, fs::copy_options::recursive); }

    // Replaces `from` with `to` in the English template or partial `file`.
    void edit(const std::string& file, const std::string& from, const std::string& to) const {
        const fs::path path = templates / "en" / file;
        std::string text = test::readFile(path);
        const size_t at = text.find(from);
        ASSERT_NE(at, std::string::npos) << from << " not in " << path;
        test::writeFile(path, text.replace(at, from.size(), to));
    }

    test::CommandResult generate(const std::string& options = "") const {
        return test::run(test::shellQuote(test::wopdocsBinary()) + " generate " +
                         test::shellQuote((test::sourceDir() / "samples" / "peshawar-mardan-metering.json").string()) +
                         " --doc letter-of-request --lang en --out " + test::shellQuote((dir / "out").string()) +
                         " --templates " + test::shellQuote(templates.string()) + " " + options);
    }
    std::string file(const std::string& name) const { return (templates / "en" / name).string(); }
    // What generate says once `from` is `to` in `name`, when it fails as it must.
    std::string failureOf(const std::string& name, const std::string& from, const std::string& to,
                          const std::string& options = "") const {
        edit(name, from, to);
        const auto result = generate(options);
        EXPECT_EQ(result.exitCode, 1) << result.output;
        return result.output;
    }
};

bool contains(const std::string& text, const std::string& part) { return text.find(part) != std::string::npos; }

TEST_F(TemplateErrors, AMisspeltNameIsAnErrorUnderStrictAtItsTag) {
    const std::string output = failureOf("letter-of-request.mustache", "<p align=\"justify\">We look forward",
                                         "<p align=\"justify\">Team of {{mentee.teamsize}}. We look forward", "--strict");
    EXPECT_PRED2(contains, output,
                 file("letter-of-request.mustache") +
                     ":25:28: unknown name \"mentee.teamsize\": the context has no such value here "
                     "(docs/template-context.md)");
    // Without --strict it prints nothing, as Mustache does.
    const auto lenient = generate();
    EXPECT_EQ(lenient.exitCode, 0) << lenient.output;
}

TEST_F(TemplateErrors, AMissingBraceIsReportedAtItsTag) {
    EXPECT_PRED2(contains, failureOf("letter-of-request.mustache", "{{#mentor_chosen}}<p", "{{#mentor_chosen}<p"),
                 file("letter-of-request.mustache") + ":22:1: tag not closed before the next {{: is a \"}}\" missing?");
}

TEST_F(TemplateErrors, InvalidMarkupIsReportedAtTheTemplateLineThatWroteIt) {
    EXPECT_PRED2(contains,
                 failureOf("letter-of-request.mustache", "<b>{{partnership.subject}}</b>",
                           "<b>{{partnership.subject}}</i>"),
                 "template " + file("letter-of-request.mustache") + ":17 produced invalid markup: markup line ");
}

TEST_F(TemplateErrors, InvalidMarkupInAPartialIsReportedInThePartial) {
    EXPECT_PRED2(contains,
                 failureOf("partials/ref-date.mustache", "</td><td align=\"end\">", "</td><td align=\"end\""),
                 "template " + file("partials/ref-date.mustache") + ":3 produced invalid markup: markup line ");
}

}  // namespace
}  // namespace wop
