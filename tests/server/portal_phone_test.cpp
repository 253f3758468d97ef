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

    // The face came from the portal, and the page's text is set in it.
    void expectSetInNastaliq() {
        EXPECT_TRUE(browser_->evaluate("[...document.fonts].some(f => f.family.includes('Nastaliq') && "
                                       "f.status == 'loaded')")
                        .convert<bool>());
        EXPECT_NE(browser_->evaluate("getComputedStyle(document.querySelector('h1')).fontFamily").toString().find(
                      "Nastaliq"),
                  std::string::npos);
    }

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
        expectSetInNastaliq();
    }
    keepScreenshot("portal-phone-partnerships-ur");
    open("/partnerships/lahore-faisalabad-nrw", "lahore", "ur");
    keepScreenshot("portal-phone-documents-ur");
}

// A workspace page as the facilitator sees it on the phone, in English and
// in Urdu: it fits the screen, says its language and direction, and each
// Text's inputs keep theirs whatever the page's, the Urdu in Nastaliq.
class WorkspacePhone : public PortalPhone {
protected:
    // `shown`: what the screenshot scrolls to, when not the page's top.
    void checkInBothLanguages(const std::string& path, const std::string& screenshot, bool hasTexts,
                              const std::string& shown = "") {
        for (const std::string lang : {"en", "ur"}) {
            SCOPED_TRACE(path + " in " + lang);
            open(path, "pwon", lang == "ur" ? "ur-PK,ur;q=0.9,en;q=0.5" : "en-GB,en;q=0.8");
            EXPECT_EQ(browser_->evaluate("document.documentElement.lang").toString(), lang);
            EXPECT_EQ(browser_->evaluate("document.documentElement.dir").toString(), lang == "ur" ? "rtl" : "ltr");
            EXPECT_LE(pageWidth(), phoneWidth);
            if (lang == "ur") expectSetInNastaliq();
            if (hasTexts) {
                // Every Urdu input right to left in Nastaliq, every English one left to right.
                EXPECT_EQ(browser_->evaluate("(() => { const u = [...document.querySelectorAll("
                                             "'textarea[lang=ur], input[lang=ur]')]; return u.length > 0 && u.every(e => "
                                             "getComputedStyle(e).direction == 'rtl' && "
                                             "getComputedStyle(e).fontFamily.startsWith('\"Noto Nastaliq Urdu\"')); })()")
                              .convert<bool>(),
                          true);
                EXPECT_EQ(browser_->evaluate("(() => { const e = [...document.querySelectorAll("
                                             "'textarea[lang=en], input[lang=en]')]; return e.length > 0 && e.every(i => "
                                             "getComputedStyle(i).direction == 'ltr'); })()")
                              .convert<bool>(),
                          true);
            }
            if (!shown.empty())
                browser_->evaluate("document.querySelector('" + shown + "').scrollIntoView(), scrollBy(0, -60)");
            keepScreenshot(screenshot + (lang == "ur" ? "-ur" : ""));
        }
    }
};

TEST_F(WorkspacePhone, ThePartnershipsAndTheFormForANewOne) {
    checkInBothLanguages("/workspace", "workspace-phone-partnerships", true);
}

TEST_F(WorkspacePhone, APartnershipItsNextStepWhatIsDueAndItsDocuments) {
    checkInBothLanguages("/workspace/peshawar-mardan-metering", "workspace-phone-partnership", true);
}

TEST_F(WorkspacePhone, AStepsFormWithAListsRowsAndTheirButtons) {
    checkInBothLanguages("/workspace/peshawar-mardan-metering/initial-meeting", "workspace-phone-step", true,
                         "fieldset.list");
}

TEST_F(WorkspacePhone, TheHistoryOfVersions) {
    checkInBothLanguages("/workspace/peshawar-mardan-metering/history", "workspace-phone-history", false);
}

}  // namespace
}  // namespace wop::test
