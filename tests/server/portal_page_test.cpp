// The sign-in page as a browser shows it: headless Chromium takes a screenshot.
#include <gtest/gtest.h>

#include "portal_fixture.h"

namespace wop::test {
namespace {

TEST(PortalPage, TheSignInPageRendersInABrowser) {
    if (run("command -v chromium").exitCode != 0) GTEST_SKIP() << "chromium is not installed";
    const PortalServer portal;
    const ScratchDir folder("chromium");
    const auto screenshot = folder / "sign-in.png";
    const CommandResult shot = run(
        "timeout 120 chromium --headless --no-sandbox --disable-gpu --disable-quic --no-first-run "
        "--disable-background-networking --disable-component-update --disable-sync --user-data-dir=" +
        shellQuote((folder / "profile").string()) + " --screenshot=" + shellQuote(screenshot.string()) +
        " --window-size=1200,800 http://127.0.0.1:" + std::to_string(portal.port()) + "/sign-in");
    ASSERT_TRUE(std::filesystem::exists(screenshot)) << shot.output;
    const std::string png = readFile(screenshot);
    EXPECT_TRUE(png.starts_with("\x89PNG")) << shot.output;
    EXPECT_GT(png.size(), 10000u);  // a page drawn, not a blank one
}

}  // namespace
}  // namespace wop::test
