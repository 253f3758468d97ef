// The sign-in page as a browser shows it: headless Chromium prints it, and
// the printed page must say what the page is for and ask for the name and
// password. Without a browser the test cannot run (skip.h).
#include <gtest/gtest.h>

#include <cctype>
#include <filesystem>
#include <string>

#include "portal_fixture.h"
#include "skip.h"

namespace wop::test {
namespace {

TEST(PortalPage, TheSignInPageRendersInABrowser) {
    if (run("command -v chromium").exitCode != 0) return skipForWant("chromium is not installed");
    const PortalServer portal;
    const ScratchDir folder("chromium");
    const auto printed = folder / "sign-in.pdf";
    const CommandResult print = run(
        "timeout 120 chromium --headless --no-sandbox --disable-gpu --disable-quic --no-first-run "
        "--disable-background-networking --disable-component-update --disable-sync --no-pdf-header-footer "
        "--user-data-dir=" + shellQuote((folder / "profile").string()) + " --print-to-pdf=" +
        shellQuote(printed.string()) + " http://127.0.0.1:" + std::to_string(portal.port()) + "/sign-in");
    ASSERT_TRUE(std::filesystem::exists(printed)) << print.output;
    const CommandResult text = run("pdftotext " + shellQuote(printed.string()) + " -");
    ASSERT_EQ(text.exitCode, 0) << text.output;
    // Words as a reader takes them in, whatever lines the page broke them into.
    std::string words;
    for (char c : text.output) {
        const bool space = std::isspace(static_cast<unsigned char>(c));
        if (!space) words += c;
        else if (!words.empty() && words.back() != ' ') words += ' ';
    }
    for (const char* said : {"PWON", "Sign in", "The documents of your utility's Water Operators' Partnerships.",
                             "User name", "Password"})
        EXPECT_NE(words.find(said), std::string::npos) << "the page does not say \"" << said << "\":\n" << words;
    EXPECT_EQ(words.find("wrong"), std::string::npos) << "no failed sign-in yet:\n" << words;
}

// gtest's mark of a skipped test. ctest takes it anywhere in a test's output
// for the test skipped, even a failed one: a failure message here must not
// show it, in what a program printed or in an expression.
const std::string skippedMark = "[  SKIPPED ]";

// What a test program printed, for a failure message.
std::string shown(std::string output) {
    for (auto at = output.find(skippedMark); at != std::string::npos; at = output.find(skippedMark, at))
        output.replace(at, skippedMark.size(), "[ skipped ]");
    return output;
}

// The test above, run again by this program with chromium off its PATH:
// skipped for a developer who has no browser, but failed where every test
// must run (WOPDOCS_REQUIRE_ALL=1, as in CI), and either way saying why.
TEST(PortalPage, WithoutABrowserItIsSkippedUnlessEveryTestIsRequired) {
    const std::string browserTest = shellQuote(std::filesystem::read_symlink("/proc/self/exe").string()) +
                                    " --gtest_filter=PortalPage.TheSignInPageRendersInABrowser";
    const CommandResult skipped = run("env -u WOPDOCS_REQUIRE_ALL PATH=/nonexistent " + browserTest);
    EXPECT_EQ(skipped.exitCode, 0) << shown(skipped.output);
    EXPECT_NE(skipped.output.find(skippedMark + " PortalPage.TheSignInPageRendersInABrowser"), std::string::npos)
        << shown(skipped.output);
    EXPECT_NE(skipped.output.find("chromium is not installed"), std::string::npos) << shown(skipped.output);

    const CommandResult failed = run("env PATH=/nonexistent WOPDOCS_REQUIRE_ALL=1 " + browserTest);
    EXPECT_EQ(failed.exitCode, 1) << shown(failed.output);
    EXPECT_NE(failed.output.find("[  FAILED  ] PortalPage.TheSignInPageRendersInABrowser"), std::string::npos)
        << shown(failed.output);
    EXPECT_NE(failed.output.find("chromium is not installed; WOPDOCS_REQUIRE_ALL=1"), std::string::npos)
        << shown(failed.output);
    EXPECT_EQ(failed.output.find(skippedMark), std::string::npos) << shown(failed.output);
}

}  // namespace
}  // namespace wop::test
