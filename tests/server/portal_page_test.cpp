// The sign-in page as a browser shows it: headless Chromium prints it, and
// the printed page must say what the page is for and ask for the name and
// password.
#include <gtest/gtest.h>

#include <cctype>
#include <string>

#include "portal_fixture.h"

namespace wop::test {
namespace {

TEST(PortalPage, TheSignInPageRendersInABrowser) {
    if (run("command -v chromium").exitCode != 0) GTEST_SKIP() << "chromium is not installed";
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

}  // namespace
}  // namespace wop::test
