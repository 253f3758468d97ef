// wopdocs config: the files searched, and every setting in effect with
// where it comes from, passwords hidden.
#include <gtest/gtest.h>

#include <regex>

#include "machine_copy.h"
#include "support.h"

namespace wop {
namespace {

namespace fs = std::filesystem;

class ConfigCommand : public ::testing::Test {
protected:
    ConfigCommand() : scratch_("config-command") {}

    test::CommandResult config(const std::string& settings, const std::string& environment = "env -u WOPDOCS_HOME") {
        test::writeFile(scratch_ / "wopdocs.properties", settings);
        return test::run("cd " + test::shellQuote(scratch_.path().string()) + " && " + environment + " " +
                         test::shellQuote(test::wopdocsBinary()) + " config");
    }

    // The line showing `key`, its columns' padding folded to one space.
    static std::string lineOf(const std::string& output, const std::string& key) {
        const auto start = output.find("\n  " + key + " = ");
        if (start == std::string::npos) return "not shown";
        const std::string line = output.substr(start + 3, output.find('\n', start + 1) - start - 3);
        return std::regex_replace(line, std::regex("  +"), " ");
    }

    test::ScratchDir scratch_;
};

TEST_F(ConfigCommand, ShowsEachSettingWithTheFileItComesFrom) {
    const auto result = config("mail.host = smtp.pwon.org.pk\nportal.url = https://wops.pwon.org.pk\n");
    ASSERT_EQ(result.exitCode, 0) << result.output;
    const std::string file = (scratch_ / "wopdocs.properties").string();
    EXPECT_EQ(lineOf(result.output, "mail.host"), "mail.host = smtp.pwon.org.pk from " + file) << result.output;
    EXPECT_EQ(lineOf(result.output, "portal.url"), "portal.url = https://wops.pwon.org.pk from " + file);
}

TEST_F(ConfigCommand, ListsThePlacesSearchedInOrderAndWhatEachHeld) {
    const auto result = config("urdu.digits = urdu\n");
    ASSERT_EQ(result.exitCode, 0) << result.output;
    EXPECT_NE(result.output.find("settings files, searched in this order; a key takes its value from the first that "
                                 "sets it:\n"
                                 "  --config                          not given\n"
                                 "  ./wopdocs.properties              read: " +
                                 (scratch_ / "wopdocs.properties").string() +
                                 "\n"
                                 "  $WOPDOCS_HOME/wopdocs.properties  WOPDOCS_HOME is not set\n"
                                 "  /etc/wopdocs/wopdocs.properties   "),
              std::string::npos)
        << result.output;
}

TEST_F(ConfigCommand, AFileReachedTwiceIsReadOnce) {
    const auto result = config("urdu.digits = urdu\n", "WOPDOCS_HOME=.");
    ASSERT_EQ(result.exitCode, 0) << result.output;
    EXPECT_NE(result.output.find("  $WOPDOCS_HOME/wopdocs.properties  the same file as above: ./wopdocs.properties\n"),
              std::string::npos)
        << result.output;
}

TEST_F(ConfigCommand, HidesPasswords) {
    const auto result = config(
        "mail.password = mail-secret\n"
        "sign.key-password = key-secret\n"
        "database = postgresql:host=db.pwon.org.pk dbname=wopdocs user=wopdocs password=db-secret\n");
    ASSERT_EQ(result.exitCode, 0) << result.output;
    EXPECT_EQ(result.output.find("secret"), std::string::npos) << result.output;
    EXPECT_NE(result.output.find("  mail.password = (hidden)"), std::string::npos) << result.output;
    EXPECT_NE(result.output.find("  sign.key-password = (hidden)"), std::string::npos) << result.output;
    EXPECT_NE(result.output.find("  database = postgresql:host=db.pwon.org.pk dbname=wopdocs user=wopdocs "
                                 "password=(hidden)"),
              std::string::npos)
        << result.output;
}

TEST_F(ConfigCommand, ShowsWhereTheProgramsFilesAndTheDataAreByDefault) {
    const auto result = config("urdu.digits = urdu\n");
    ASSERT_EQ(result.exitCode, 0) << result.output;
    // The program's own share/wopdocs, whatever the current folder: in the
    // build tree, the one beside engine/.
    const fs::path share = fs::path(test::wopdocsBinary()).parent_path().parent_path() / "share" / "wopdocs";
    EXPECT_NE(result.output.find("  templates = " + (share / "templates").string() + " "), std::string::npos)
        << result.output;
    EXPECT_NE(result.output.find("  fonts = " + (share / "fonts").string() + " "), std::string::npos) << result.output;
    EXPECT_NE(result.output.find("  data.dir = " + (scratch_ / "data").string() + " "), std::string::npos)
        << result.output;
    EXPECT_NE(result.output.find("  urdu.digits = urdu"), std::string::npos) << result.output;
}

TEST_F(ConfigCommand, AMissingConfigFileIsAnError) {
    const auto result = test::run(test::shellQuote(test::wopdocsBinary()) + " config --config " +
                                  test::shellQuote((scratch_ / "absent.properties").string()));
    EXPECT_EQ(result.exitCode, 1) << result.output;
    EXPECT_NE(result.output.find((scratch_ / "absent.properties").string()), std::string::npos) << result.output;
}

}  // namespace
}  // namespace wop
