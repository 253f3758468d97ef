// The settings files, searched in this order: --config FILE,
// ./wopdocs.properties, $WOPDOCS_HOME/wopdocs.properties,
// /etc/wopdocs/wopdocs.properties; each read whatever its folder holds,
// a key taken from the first that sets it. The commands run in a folder
// without templates/, as an administrator's would.
#include <gtest/gtest.h>

#include <regex>

#include "machine_copy.h"
#include "skip.h"
#include "support.h"

namespace wop {
namespace {

namespace fs = std::filesystem;

class SettingsSearch : public ::testing::Test {
protected:
    SettingsSearch() : scratch_("settings-search") { fs::create_directories(folder()); }

    fs::path folder() const { return scratch_ / "here"; }
    fs::path home() const { return scratch_ / "home"; }
    fs::path etc() const { return scratch_ / "etc"; }

    void write(const fs::path& file, const std::string& lines) {
        fs::create_directories(file.parent_path());
        test::writeFile(file, lines);
    }
    // wopdocs ARGUMENTS in folder(), $WOPDOCS_HOME home() when it exists,
    // /etc with the files written under etc().
    test::CommandResult wopdocs(const std::string& arguments) {
        const std::string script = "cd " + test::shellQuote(folder().string()) + " && " +
                                   (fs::exists(home()) ? "WOPDOCS_HOME=" + test::shellQuote(home().string())
                                                       : std::string("env -u WOPDOCS_HOME")) +
                                   " " + test::shellQuote(test::wopdocsBinary()) + " " + arguments;
        return test::runWithEtc(etc(), script);
    }
    // The line of `wopdocs config` that shows `key`.
    std::string shown(const std::string& output, const std::string& key) {
        std::smatch line;
        const std::regex pattern("\n  " + key + " = ([^\n]*?) +(from [^\n]*|default)\n");
        return std::regex_search(output, line, pattern) ? line[1].str() + " | " + line[2].str() : "not shown";
    }

    void SetUp() override {
        if (!test::canMakeMountNamespaces()) return test::skipForWant("needs root and unshare, for an /etc of its own");
    }

    test::ScratchDir scratch_;
};

TEST_F(SettingsSearch, TheCurrentFolderFileIsReadThoughTheFolderHasNoTemplates) {
    // "urdu.digits = urdu and data.dir had no effect and status quietly created ./data"
    write(folder() / "wopdocs.properties", "data.dir = " + (scratch_ / "store").string() + "\n");
    const auto result = wopdocs("status");
    EXPECT_EQ(result.exitCode, 0) << result.output;
    EXPECT_TRUE(fs::exists(scratch_ / "store" / "wopdocs.sqlite")) << result.output;
    EXPECT_FALSE(fs::exists(folder() / "data"));
}

TEST_F(SettingsSearch, TheCurrentFolderFileComesBeforeWopdocsHomes) {
    write(folder() / "wopdocs.properties", "data.dir = " + (scratch_ / "here-store").string() + "\n");
    write(home() / "wopdocs.properties", "data.dir = " + (scratch_ / "home-store").string() + "\n");
    const auto result = wopdocs("status");
    EXPECT_EQ(result.exitCode, 0) << result.output;
    EXPECT_TRUE(fs::exists(scratch_ / "here-store"));
    EXPECT_FALSE(fs::exists(scratch_ / "home-store"));
}

TEST_F(SettingsSearch, TheMachinesFileInEtcIsRead) {
    write(etc() / "wopdocs" / "wopdocs.properties", "data.dir = " + (scratch_ / "etc-store").string() + "\n");
    const auto result = wopdocs("status");
    EXPECT_EQ(result.exitCode, 0) << result.output;
    EXPECT_TRUE(fs::exists(scratch_ / "etc-store" / "wopdocs.sqlite")) << result.output;
}

TEST_F(SettingsSearch, EachKeyComesFromTheFirstFileThatSetsIt) {
    write(scratch_ / "given.properties", "a = given\n");
    write(folder() / "wopdocs.properties", "a = here\nb = here\n");
    write(home() / "wopdocs.properties", "a = home\nb = home\nc = home\n");
    write(etc() / "wopdocs" / "wopdocs.properties", "a = etc\nb = etc\nc = etc\nd = etc\n");
    const auto result = wopdocs("config --config " + test::shellQuote((scratch_ / "given.properties").string()));
    ASSERT_EQ(result.exitCode, 0) << result.output;
    EXPECT_EQ(shown(result.output, "a"), "given | from " + (scratch_ / "given.properties").string()) << result.output;
    EXPECT_EQ(shown(result.output, "b"), "here | from " + (folder() / "wopdocs.properties").string());
    EXPECT_EQ(shown(result.output, "c"), "home | from " + (home() / "wopdocs.properties").string());
    EXPECT_EQ(shown(result.output, "d"), "etc | from /etc/wopdocs/wopdocs.properties");
}

TEST_F(SettingsSearch, AMistakeNamesTheFileItIsIn) {
    write(folder() / "wopdocs.properties", "data.dir = " + (scratch_ / "store").string() + "\n");
    write(etc() / "wopdocs" / "wopdocs.properties", "urdu.digits = arabic\n");
    const auto result = wopdocs("generate " + test::shellQuote((test::sourceDir() / "samples").string()) +
                                " --out " + test::shellQuote((scratch_ / "out").string()));
    EXPECT_NE(result.exitCode, 0) << result.output;
    EXPECT_NE(result.output.find("/etc/wopdocs/wopdocs.properties: urdu.digits must be western or urdu, not \"arabic\""),
              std::string::npos)
        << result.output;
}

TEST_F(SettingsSearch, AFolderWhereAFileIsLookedForIsAnError) {
    fs::create_directories(folder() / "wopdocs.properties");
    const auto result = wopdocs("status");
    EXPECT_EQ(result.exitCode, 1) << result.output;
    EXPECT_NE(result.output.find((folder() / "wopdocs.properties").string() + ": is a folder, not a settings file"),
              std::string::npos)
        << result.output;
    EXPECT_FALSE(fs::exists(folder() / "data"));
}

}  // namespace
}  // namespace wop
