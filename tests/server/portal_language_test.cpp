// The portal in the reader's language: chosen by Accept-Language, switched
// with ?lang= and remembered, its Nastaliq face served by the portal itself.
#include <gtest/gtest.h>

#include "portal_fixture.h"
#include "server/interface_language.h"
#include "support.h"
#include "text/font_set.h"

namespace wop::test {
namespace {

using model::Lang;
using server::acceptedLanguage;

const std::string urduPage = R"(<html lang="ur" dir="rtl">)";
const std::string englishPage = R"(<html lang="en" dir="ltr">)";

TEST(AcceptLanguage, TakesTheFirstOfEnglishAndUrduByWeightThenOrder) {
    EXPECT_EQ(acceptedLanguage("ur-PK,ur;q=0.9,en;q=0.8"), Lang::Ur);
    EXPECT_EQ(acceptedLanguage("en-GB,en;q=0.9,ur;q=0.8"), Lang::En);
    EXPECT_EQ(acceptedLanguage("fr-FR, UR;q=0.5, en;q=0.4"), Lang::Ur);
    EXPECT_EQ(acceptedLanguage("en;q=0.3, ur;q=0.7"), Lang::Ur);
    EXPECT_EQ(acceptedLanguage("ur;q=0, en"), Lang::En);  // q=0: not acceptable
    EXPECT_EQ(acceptedLanguage("urd, eng"), std::nullopt);
    EXPECT_EQ(acceptedLanguage("fr, de"), std::nullopt);
    EXPECT_EQ(acceptedLanguage(""), std::nullopt);
}

TEST(InterfaceLanguage, TheSwitchThenWhatIsRememberedThenTheBrowser) {
    EXPECT_EQ(server::interfaceLanguage({"en", "ur", "ur"}), Lang::En);
    EXPECT_EQ(server::interfaceLanguage({"", "ur", "en"}), Lang::Ur);
    EXPECT_EQ(server::interfaceLanguage({"xx", "", "ur"}), Lang::Ur);
    EXPECT_EQ(server::interfaceLanguage({"", "", "fr"}), Lang::En);
}

class PortalLanguage : public ::testing::Test {
protected:
    HttpResponse get(const std::string& target, const std::string& cookie, const std::string& acceptLanguage = "") {
        HttpRequest request;
        request.target = target;
        request.cookie = cookie;
        if (!acceptLanguage.empty()) request.headers["Accept-Language"] = acceptLanguage;
        return portal_.send(request);
    }

    PortalServer portal_;
};

TEST_F(PortalLanguage, AcceptLanguageChoosesUrduForEveryPage) {
    const std::string session = portal_.signIn("lahore").cookie;
    for (const std::string target : {"/partnerships", "/partnerships/lahore-faisalabad-nrw", "/nowhere"}) {
        const HttpResponse page = get(target, session, "ur-PK,ur;q=0.9,en;q=0.8");
        EXPECT_NE(page.body.find(urduPage), std::string::npos) << target;
        EXPECT_NE(page.body.find(R"(href="?lang=en")"), std::string::npos) << target;  // the switch back
    }
    EXPECT_NE(get("/partnerships", session, "ur").body.find("<h1>شراکتیں</h1>"), std::string::npos);
    EXPECT_NE(get("/partnerships", session, "en-GB,ur;q=0.5").body.find(englishPage), std::string::npos);
    const HttpResponse signIn = get("/sign-in", "", "ur");
    EXPECT_NE(signIn.body.find(urduPage), std::string::npos);
    EXPECT_NE(signIn.body.find("صارف کا نام"), std::string::npos);
}

TEST_F(PortalLanguage, TheSwitchIsRememberedInTheSession) {
    const std::string session = portal_.signIn("lahore").cookie;
    EXPECT_NE(get("/partnerships?lang=ur", session, "en").body.find(urduPage), std::string::npos);
    // Remembered over the browser's wish, in the store: the next request has no cookie of its own but the session's.
    EXPECT_NE(get("/partnerships/lahore-faisalabad-nrw", session, "en").body.find(urduPage), std::string::npos);
    EXPECT_NE(get("/partnerships?lang=en", session, "ur").body.find(englishPage), std::string::npos);
    EXPECT_NE(get("/partnerships", session, "ur").body.find(englishPage), std::string::npos);
}

TEST_F(PortalLanguage, SignedOutTheSwitchIsRememberedByACookie) {
    const HttpResponse switched = get("/verify?lang=ur", "", "en");
    EXPECT_NE(switched.body.find(urduPage), std::string::npos);
    ASSERT_EQ(switched.setCookies.size(), 1u);
    const std::string cookie = switched.setCookies.front().substr(0, switched.setCookies.front().find(';'));
    EXPECT_EQ(cookie, "wopdocs_lang=ur");
    EXPECT_NE(get("/verify", cookie, "en").body.find(urduPage), std::string::npos);
    EXPECT_NE(get("/sign-in", cookie, "en").body.find(urduPage), std::string::npos);
    EXPECT_NE(get("/verify", "", "en").body.find(englishPage), std::string::npos);
}

// Each of `sentences`, English the batch or the portal words, is absent from `page`.
void expectNoEnglish(const std::string& page, std::initializer_list<std::string> sentences) {
    for (const std::string& english : sentences) EXPECT_EQ(page.find(english), std::string::npos) << english;
}

// Why each step is due and when the next is, as the batch finds it, worded
// by the portal in the page's language: dates as ISO, figures Western.
TEST_F(PortalLanguage, TheDuePageSaysWhyInUrdu) {
    const HttpResponse page = get("/due?lang=ur", portal_.signIn("pwon").cookie);
    ASSERT_EQ(page.status, 200);
    EXPECT_NE(page.body.find(urduPage), std::string::npos);
    EXPECT_NE(page.body.find("(رہنما اصول "), std::string::npos) << page.body;
    EXPECT_NE(page.body.find(" کو ختم ہوا، "), std::string::npos) << page.body;
    EXPECT_NE(page.body.find(" دن پہلے: ابھی "), std::string::npos) << page.body;
    expectNoEnglish(page.body, {"guideline", "the month ended", "days ago", "no data yet", "no PDF yet", "on 20",
                                "after 20", " to 20", "pilot begins", "final reports follow"});
}

TEST_F(PortalLanguage, TheLastRegenerationIsSaidInUrdu) {
    ASSERT_EQ(portal_.regenerate("lahore-faisalabad-nrw"), "succeeded");
    const HttpResponse page = get("/partnerships/lahore-faisalabad-nrw?lang=ur", portal_.signIn("pwon").cookie);
    ASSERT_EQ(page.status, 200);
    EXPECT_NE(page.body.find(urduPage), std::string::npos);
    EXPECT_NE(page.body.find("آخری بار دوبارہ بنانا: lahore-faisalabad-nrw, مکمل — "), std::string::npos) << page.body;
    EXPECT_NE(page.body.find(" پہلے سے تازہ، 0 ناکام</p>"), std::string::npos) << page.body;
    expectNoEnglish(page.body, {"succeeded", " made, ", "up to date", "failed"});
}

TEST_F(PortalLanguage, AnErrorPageIsHeadedInUrdu) {
    const HttpResponse page = get("/nowhere?lang=ur", portal_.signIn("lahore").cookie);
    EXPECT_EQ(page.status, 404);
    EXPECT_NE(page.body.find("<h1>صفحہ نہیں ملا</h1>"), std::string::npos) << page.body;
    expectNoEnglish(page.body, {"Not Found"});
}

TEST_F(PortalLanguage, TheNastaliqFaceIsTheProgramsOwnServedToBeKept) {
    const HttpResponse font = portal_.get("/fonts/urdu.ttf");
    ASSERT_EQ(font.status, 200);
    EXPECT_EQ(font.contentType, "font/ttf");
    EXPECT_EQ(font.headers.at("Cache-Control"), "public, max-age=604800");
    const auto file = PortalServer::fastSettings().batch.render.fonts.find(text::FontRole::Urdu);
    ASSERT_TRUE(file);
    EXPECT_EQ(file->filename(), "NotoNastaliqUrdu-Regular.ttf");
    EXPECT_TRUE(font.body == readFile(*file));
    const HttpResponse css = portal_.get("/style.css");
    EXPECT_NE(css.body.find(R"(@font-face{font-family:"Noto Nastaliq Urdu";src:url(/fonts/urdu.ttf))"),
              std::string::npos);
}

}  // namespace
}  // namespace wop::test
