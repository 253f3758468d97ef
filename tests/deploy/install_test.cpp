// cmake --install: the program, its templates, fonts, docs and samples
// under share/wopdocs, found from where the program is; a copy installed
// into a scratch prefix makes the samples with the sources out of reach.
#include <gtest/gtest.h>

#include "machine_copy.h"
#include "skip.h"
#include "support.h"

namespace wop {
namespace {

namespace fs = std::filesystem;

class InstalledCopy : public ::testing::Test {
protected:
    static void SetUpTestSuite() {
        scratch_ = new test::ScratchDir("installed-copy");
        install_ = new test::CommandResult(test::run(test::shellQuote(CMAKE_COMMAND) + " --install " +
                                                     test::shellQuote(test::buildDir().string()) + " --prefix " +
                                                     test::shellQuote(prefix().string())));
    }
    static void TearDownTestSuite() {
        delete install_;
        delete scratch_;
    }
    void SetUp() override { ASSERT_EQ(install_->exitCode, 0) << install_->output; }

    static fs::path prefix() { return *scratch_ / "prefix"; }
    static std::string program() { return test::shellQuote((prefix() / "bin" / "wopdocs").string()); }

    static test::ScratchDir* scratch_;
    static test::CommandResult* install_;
};
test::ScratchDir* InstalledCopy::scratch_ = nullptr;
test::CommandResult* InstalledCopy::install_ = nullptr;

TEST_F(InstalledCopy, HoldsTheProgramAndItsFilesUnderShare) {
    EXPECT_TRUE(fs::is_regular_file(prefix() / "bin" / "wopdocs"));
    const fs::path share = prefix() / "share" / "wopdocs";
    for (const char* file : {"templates/en/letter-of-intent.mustache", "templates/ur/partials", "fonts/README.md",
                             "docs/deploy.md", "samples/lahore-faisalabad-nrw.json", "samples/images"})
        EXPECT_TRUE(fs::exists(share / file)) << file;
    EXPECT_FALSE(fs::exists(share / "samples" / "invalid"));
    for (const char* file : {"lib/systemd/system/wopdocs-portal.service", "lib/systemd/system/wopdocs-schedule.service",
                             "lib/systemd/system/wopdocs-.service.d/sandbox.conf", "lib/sysusers.d/wopdocs.conf"})
        EXPECT_TRUE(fs::is_regular_file(prefix() / file)) << file;
}

TEST_F(InstalledCopy, HoldsNoPathOfTheSourcesItWasBuiltFrom) {
    // "templates and fonts are found through the source path compiled into the binary"
    const std::string binary = test::readFile(prefix() / "bin" / "wopdocs");
    EXPECT_EQ(binary.find(test::sourceDir().string()), std::string::npos);
}

TEST_F(InstalledCopy, MakesTheSamplesWithTheSourcesOutOfReach) {
    if (!test::canMakeMountNamespaces()) return test::skipForWant("needs root and unshare, to hide the sources");
    const fs::path out = *scratch_ / "out";
    const auto result = test::runWithoutSources(
        "cd " + test::shellQuote(scratch_->path().string()) + " && " + program() + " generate " +
        test::shellQuote((prefix() / "share" / "wopdocs" / "samples").string()) + " --out out --jobs 2");
    EXPECT_EQ(result.exitCode, 0) << result.output;
    EXPECT_GT(test::filesEndingWith(out, ".ur.pdf").size(), 30u) << result.output;
    EXPECT_EQ(test::filesEndingWith(out, ".ur.pdf").size(), test::filesEndingWith(out, ".en.pdf").size());
}

TEST_F(InstalledCopy, ALinkToTheProgramFindsTheFilesInstalledWithIt) {
    const fs::path link = *scratch_ / "elsewhere" / "wopdocs";
    fs::create_directories(link.parent_path());
    fs::create_symlink(prefix() / "bin" / "wopdocs", link);
    const auto result = test::run("cd " + test::shellQuote(scratch_->path().string()) + " && env -u WOPDOCS_HOME " +
                                  test::shellQuote(link.string()) + " config");
    EXPECT_EQ(result.exitCode, 0) << result.output;
    EXPECT_NE(result.output.find("  templates = " + (prefix() / "share" / "wopdocs" / "templates").string() + " "),
              std::string::npos)
        << result.output;
}

TEST_F(InstalledCopy, TemplatesOfWopdocsHomeComeBeforeTheProgramsOwn) {
    const fs::path home = *scratch_ / "home";
    fs::create_directories(home / "templates");
    const auto result = test::run("WOPDOCS_HOME=" + test::shellQuote(home.string()) + " " + program() + " config");
    EXPECT_EQ(result.exitCode, 0) << result.output;
    EXPECT_NE(result.output.find("  templates = " + (home / "templates").string() + " "), std::string::npos)
        << result.output;
    EXPECT_NE(result.output.find("  fonts = " + (prefix() / "share" / "wopdocs" / "fonts").string() + " "),
              std::string::npos)
        << result.output;
}

}  // namespace
}  // namespace wop
