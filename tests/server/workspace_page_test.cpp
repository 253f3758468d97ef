// The workspace's step form as a browser draws it, wide and phone-sized:
// headless Chromium prints the page as served (Chromium's command line
// sends no session cookie, so the page and its style sheet are fetched
// signed in and drawn from files), and the printed page must hold the
// step's fields, the English and the Urdu side by side. Without a browser
// the test cannot run (skip.h).
#include <gtest/gtest.h>

#include <cctype>
#include <filesystem>
#include <string>

#include "portal_fixture.h"
#include "skip.h"

namespace wop::test {
namespace {

// Words as a reader takes them in, whatever lines the page broke them into.
std::string wordsOf(const std::string& text) {
    std::string words;
    for (char c : text) {
        const bool space = std::isspace(static_cast<unsigned char>(c));
        if (!space) words += c;
        else if (!words.empty() && words.back() != ' ') words += ' ';
    }
    return words;
}

TEST(WorkspacePage, AStepsFormRendersInABrowserWideAndOnAPhone) {
    if (run("command -v chromium").exitCode != 0) return skipForWant("chromium is not installed");
    const PortalServer portal;
    const Client facilitator = portal.signIn("pwon");
    const ScratchDir folder("chromium");
    std::string page = portal.get("/workspace/peshawar-mardan-metering/request", facilitator).body;
    page.replace(page.find("href=\"/style.css\""), 17, "href=\"style.css\"");
    writeFile(folder / "page.html", page);
    writeFile(folder / "style.css", portal.get("/style.css").body);
    for (const char* width : {"1200", "412"}) {
        const auto printed = folder / (std::string("page-") + width + ".pdf");
        const auto shot = folder / (std::string("page-") + width + ".png");
        const std::string chromium =
            "timeout 120 chromium --headless --no-sandbox --disable-gpu --disable-quic --no-first-run "
            "--disable-background-networking --disable-component-update --disable-sync --no-pdf-header-footer "
            "--hide-scrollbars --user-data-dir=" + shellQuote((folder / "profile").string()) +
            " --window-size=" + width + ",1600 ";
        const CommandResult print = run(chromium + "--print-to-pdf=" + shellQuote(printed.string()) + " " +
                                        shellQuote("file://" + (folder / "page.html").string()));
        ASSERT_TRUE(std::filesystem::exists(printed)) << print.output;
        const CommandResult screenshot = run(chromium + "--screenshot=" + shellQuote(shot.string()) + " " +
                                             shellQuote("file://" + (folder / "page.html").string()));
        ASSERT_TRUE(std::filesystem::exists(shot)) << screenshot.output;
        const CommandResult text = run("pdftotext " + shellQuote(printed.string()) + " -");
        ASSERT_EQ(text.exitCode, 0) << text.output;
        const std::string words = wordsOf(text.output);
        for (const char* said : {"Letter of request", "Intention", "English", "Save", "WSSC Mardan wishes to join"})
            EXPECT_NE(words.find(said), std::string::npos) << width << ": the page does not say \"" << said << "\":\n" << words;
    }
}

}  // namespace
}  // namespace wop::test
