// The portal on a phone: headless Chromium on a screen of 390 × 844 CSS
// pixels (a common phone's) draws each page, which must fit its width, in
// English and in Urdu, the Urdu right to left in the Nastaliq face the
// portal serves. Setting WOPDOCS_SCREENSHOTS to a folder keeps the
// screenshots there (scripts/portal-screenshot does, for docs/images).
#include <gtest/gtest.h>

#include <cstdlib>
#include <filesystem>
#include <string>

#include "devtools_page.h"
#include "portal_fixture.h"
#include "skip.h"

namespace wop::test {
namespace {

constexpr int phoneWidth = 390;
constexpr int phoneHeight = 844;

class PortalPhone : public ::testing::Test {
protected:
    void SetUp() override {
        if (run("command -v chromium").exitCode != 0) return skipForWant("chromium is not installed");
        portal_ = std::make_unique<PortalServer>();
        browser_ = std::make_unique<DevToolsPage>(folder_.path(), phoneWidth, phoneHeight);
    }

    // Opens `path` as `account` (or nobody) in `language` (an Accept-Language).
    // Opens `path` as `account` (or nobody) in `language` (an Accept-Language),
    // and checks that it was not sent elsewhere (to sign in).
    void open(const std::string& path, const std::string& account, const std::string& language) {
        const std::string site = "http://127.0.0.1:" + std::to_string(portal_->port());
        std::string session;
        if (!account.empty()) session = portal_->signIn(account).cookie.substr(std::string("wopdocs_session=").size());
        browser_->setOnlyCookie(site, session.empty() ? "" : "wopdocs_session", session);
        browser_->setHeaders({{"Accept-Language", language}});
        browser_->open(site + path);
        EXPECT_EQ(browser_->evaluate("location.pathname").toString(), path);
    }

    // How wide the page is laid out, which must not pass the screen's width.
    int pageWidth() { return browser_->evaluate("document.scrollingElement.scrollWidth").convert<int>(); }

    // Keeps what the screen shows, as `name`.png.
    void keepScreenshot(const std::string& name) {
        const std::string png = browser_->screenshot();
        ASSERT_EQ(png.substr(1, 3), "PNG");
        writeFile(folder_ / (name + ".png"), png);
        if (const char* kept = std::getenv("WOPDOCS_SCREENSHOTS"))
            writeFile(std::filesystem::path(kept) / (name + ".png"), png);
    }

    ScratchDir folder_{"phone"};
    std::unique_ptr<PortalServer> portal_;
    std::unique_ptr<DevToolsPage> browser_;
};

TEST_F(PortalPhone, EveryPageFitsThePhonesWidthInEnglish) {
    const struct {
        std::string path, account, screenshot;
    } pages[] = {
        {"/sign-in", "", "portal-phone-sign-in"},
        {"/partnerships", "lahore", "portal-phone-partnerships"},
        {"/partnerships/lahore-faisalabad-nrw", "lahore", "portal-phone-documents"},
        {"/partnerships/program", "pwon", "portal-phone-roadmap"},
        {"/due", "pwon", "portal-phone-due"},
        {"/verify", "", "portal-phone-verify"},
    };
    for (const auto& page : pages) {
        SCOPED_TRACE(page.path);
        open(page.path, page.account, "en-GB,en;q=0.8");
        EXPECT_EQ(browser_->evaluate("document.documentElement.lang").toString(), "en");
        EXPECT_LE(pageWidth(), phoneWidth);
        keepScreenshot(page.screenshot);
    }
}

TEST_F(PortalPhone, TheUrduInterfaceIsRightToLeftInNastaliq) {
    for (const std::string path : {"/partnerships/lahore-faisalabad-nrw", "/partnerships"}) {
        SCOPED_TRACE(path);
        open(path, "lahore", "ur-PK,ur;q=0.9,en;q=0.5");
        EXPECT_EQ(browser_->evaluate("document.documentElement.lang").toString(), "ur");
        EXPECT_EQ(browser_->evaluate("document.documentElement.dir").toString(), "rtl");
        EXPECT_LE(pageWidth(), phoneWidth);
        // The face came from the portal, and the page's text is set in it.
        EXPECT_TRUE(browser_->evaluate("[...document.fonts].some(f => f.family.includes('Nastaliq') && "
                                       "f.status == 'loaded')")
                        .convert<bool>());
        EXPECT_NE(browser_->evaluate("getComputedStyle(document.querySelector('h1')).fontFamily").toString().find(
                      "Nastaliq"),
                  std::string::npos);
    }
    keepScreenshot("portal-phone-partnerships-ur");
    open("/partnerships/lahore-faisalabad-nrw", "lahore", "ur");
    keepScreenshot("portal-phone-documents-ur");
}

}  // namespace
}  // namespace wop::test
