// The verification code and QR code of final documents, end to end: a
// batch made with portal.url set, the QR code read from a page image by
// zbarimg, and that address asked of a running portal, with no sign-in.
#include <gtest/gtest.h>

#include <regex>
#include <sstream>

#include <Poco/Net/HTTPClientSession.h>
#include <Poco/Net/HTTPRequest.h>
#include <Poco/Net/HTTPResponse.h>
#include <Poco/StreamCopier.h>
#include <Poco/URI.h>

#include "pdf/signature_inspection.h"
#include "portal_fixture.h"
#include "seal_support.h"
#include "server/portal.h"
#include "store/store.h"
#include "store/verification_code.h"
#include "support.h"

namespace wop::test {
namespace {

namespace fs = std::filesystem;

const std::string partnership = "lahore-faisalabad-nrw";

struct Fetched {
    int status = 0;
    std::string body;
};

Fetched answerOf(Poco::Net::HTTPClientSession& session) {
    Poco::Net::HTTPResponse response;
    std::istream& in = session.receiveResponse(response);
    std::ostringstream body;
    Poco::StreamCopier::copyStream(in, body);
    return {static_cast<int>(response.getStatus()), body.str()};
}

Fetched fetch(const std::string& url) {
    const Poco::URI uri(url);
    Poco::Net::HTTPClientSession session(uri.getHost(), uri.getPort());
    session.setTimeout(Poco::Timespan(30, 0));
    Poco::Net::HTTPRequest request("GET", uri.getPathAndQuery(), Poco::Net::HTTPMessage::HTTP_1_1);
    session.sendRequest(request);
    return answerOf(session);
}

// The verification page's file form, as a browser sends it to `target`.
Fetched sendFile(const std::string& address, const std::string& pdf, const std::string& target = "/verify") {
    const Poco::URI uri(address);
    Poco::Net::HTTPClientSession session(uri.getHost(), uri.getPort());
    session.setTimeout(Poco::Timespan(30, 0));
    const std::string boundary = "----wopdocsVerify";
    const std::string body = "--" + boundary +
                             "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"letter.pdf\"\r\n"
                             "Content-Type: application/pdf\r\n\r\n" + pdf + "\r\n--" + boundary + "--\r\n";
    Poco::Net::HTTPRequest request("POST", target, Poco::Net::HTTPMessage::HTTP_1_1);
    request.setContentType("multipart/form-data; boundary=" + boundary);
    request.setContentLength(static_cast<std::streamsize>(body.size()));
    session.sendRequest(request) << body;
    return answerOf(session);
}

// One partnership imported and made by the real program, with portal.url
// naming the portal this fixture then starts on the same data folder.
class VerificationTest : public ::testing::Test {
protected:
    static void SetUpTestSuite() {
        folder_ = new ScratchDir("verification");
        port_ = freeLoopbackPort();
        address_ = "http://127.0.0.1:" + std::to_string(port_);
        const fs::path config = *folder_ / "wopdocs.properties";
        writeFile(config, "portal.url = " + address_ + "/\n");
        const std::string data = " --data-dir " + shellQuote((*folder_ / "data").string());
        for (const std::string& arguments :
             {"import " + shellQuote((sourceDir() / "samples" / (partnership + ".json")).string()),
              "batch --jobs 2 --config " + shellQuote(config.string())}) {
            const CommandResult result = run(shellQuote(wopdocsBinary()) + " " + arguments + data);
            ASSERT_EQ(result.exitCode, 0) << arguments << "\n" << result.output;
        }
    }
    static void TearDownTestSuite() {
        delete folder_;
        folder_ = nullptr;
    }

    void SetUp() override {
        server::PortalSettings settings = PortalServer::fastSettings();
        settings.port = port_;
        portal_ = std::make_unique<server::Portal>(settings, store::StoreLocation{*folder_ / "data", ""});
        portal_->start();
    }
    void TearDown() override { portal_->stop(); }

    static store::DocumentRecord recordOf(const std::string& document, model::Lang lang) {
        store::Store store({*folder_ / "data", ""});
        for (const store::DocumentRecord& record : store.registry().ofPartnership(partnership))
            if (record.key.document == document && record.key.lang == lang) return record;
        throw std::runtime_error("no " + document + " registered");
    }
    static fs::path pdfOf(const store::DocumentRecord& record) { return *folder_ / "data" / record.path; }

    // What the QR code on the PDF's last page says, read from its image; empty when it has none.
    static std::string qrCodeOnLastPage(const fs::path& pdf) {
        const CommandResult info = run("pdfinfo " + shellQuote(pdf.string()));
        std::smatch pages;
        if (!std::regex_search(info.output, pages, std::regex(R"(Pages:\s+(\d+))"))) return "(no page count)";
        const std::string last = pages[1];
        const fs::path image = *folder_ / "last-page";
        run("pdftoppm -r 150 -gray -png -singlefile -f " + last + " -l " + last + " " + shellQuote(pdf.string()) + " " +
            shellQuote(image.string()));
        // Its D-Bus complaints aside; nothing when it finds no code.
        const CommandResult decoded = run("(zbarimg --quiet --raw " + shellQuote(image.string() + ".png") + " 2>/dev/null)");
        return decoded.exitCode == 0 ? decoded.output.substr(0, decoded.output.find('\n')) : "";
    }

    static ScratchDir* folder_;
    static int port_;
    static std::string address_;
    std::unique_ptr<server::Portal> portal_;
};

ScratchDir* VerificationTest::folder_ = nullptr;
int VerificationTest::port_ = 0;
std::string VerificationTest::address_;

TEST_F(VerificationTest, TheQrCodeOfAFinalDocumentLeadsToItsPageOnThePortal) {
    for (model::Lang lang : {model::Lang::En, model::Lang::Ur}) {
        const store::DocumentRecord letter = recordOf("letter-of-intent", lang);
        ASSERT_EQ(letter.status, model::Status::Final);
        const std::string code = *store::verificationCodeOf(letter);
        std::string lower = code;
        for (char& c : lower) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));

        const std::string url = qrCodeOnLastPage(pdfOf(letter));
        ASSERT_EQ(url, address_ + "/verify/" + lower);
        const Fetched page = fetch(url);
        EXPECT_EQ(page.status, 200);
        EXPECT_NE(page.body.find("Letter of Intent"), std::string::npos) << page.body;
        EXPECT_NE(page.body.find(lang == model::Lang::Ur ? "Urdu" : "English"), std::string::npos);
        EXPECT_NE(page.body.find("this document's version " + std::to_string(letter.version)), std::string::npos);
        EXPECT_NE(page.body.find("the latest"), std::string::npos);
        EXPECT_NE(page.body.find(code), std::string::npos);
        EXPECT_EQ(page.body.find("Muhammad"), std::string::npos) << "no people's names on a public page";
    }
}

TEST_F(VerificationTest, TheLastPageSaysWhereToTypeTheCode) {
    const store::DocumentRecord letter = recordOf("letter-of-intent", model::Lang::En);
    const CommandResult text = run("pdftotext -layout " + shellQuote(pdfOf(letter).string()) + " -");
    EXPECT_NE(text.output.find("Verify at " + address_ + "/verify with the code " + *store::verificationCodeOf(letter)),
              std::string::npos)
        << text.output;
}

TEST_F(VerificationTest, ADraftCarriesNoCode) {
    const store::DocumentRecord assessment = recordOf("performance-assessment", model::Lang::En);
    ASSERT_EQ(assessment.status, model::Status::Draft) << "the sample's assessment is still to be agreed";
    const CommandResult text = run("pdftotext " + shellQuote(pdfOf(assessment).string()) + " -");
    EXPECT_NE(text.output.find("Performance"), std::string::npos) << text.output;
    EXPECT_EQ(text.output.find("Verify at"), std::string::npos);
    EXPECT_EQ(qrCodeOnLastPage(pdfOf(assessment)), "") << "no QR code";
}

TEST_F(VerificationTest, ACodeTypedAnyWayIsFoundAndAWrongOneIsNot) {
    const std::string code = *store::verificationCodeOf(recordOf("letter-of-intent", model::Lang::En));
    std::string typed = code;
    for (char& c : typed) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    typed.erase(typed.find('-'), 1);
    EXPECT_EQ(fetch(address_ + "/verify?code=" + typed).status, 200);

    std::string wrong = code;
    wrong[0] = wrong[0] == '2' ? '3' : '2';
    const Fetched refused = fetch(address_ + "/verify?code=" + wrong);
    EXPECT_EQ(refused.status, 404);
    EXPECT_NE(refused.body.find("No registered document has the code"), std::string::npos);
    EXPECT_EQ(fetch(address_ + "/verify/not-a-code").status, 404);
    EXPECT_EQ(fetch(address_ + "/verify").status, 200) << "the form, for a code typed from paper";
}

TEST_F(VerificationTest, ATypedCodeComesBackEscaped) {
    const Fetched page = fetch(address_ + "/verify?code=%3Cscript%3E");
    EXPECT_EQ(page.status, 404);
    EXPECT_EQ(page.body.find("<script>"), std::string::npos);
    EXPECT_NE(page.body.find("&lt;script&gt;"), std::string::npos);
}

TEST_F(VerificationTest, APdfAsMadeIsFoundAndOneChangedByAByteIsNot) {
    const std::string made = readFile(pdfOf(recordOf("letter-of-intent", model::Lang::En)));
    const Fetched found = sendFile(address_, made);
    EXPECT_EQ(found.status, 200);
    EXPECT_NE(found.body.find("the PDF of this version as it was made"), std::string::npos) << found.body;
    EXPECT_NE(found.body.find("Letter of Intent"), std::string::npos);

    std::string changed = made;
    changed[made.size() / 2] ^= 1;
    const Fetched refused = sendFile(address_, changed);
    EXPECT_EQ(refused.status, 404);
    EXPECT_NE(refused.body.find("This file matches no registered document"), std::string::npos);
    EXPECT_EQ(sendFile(address_, "not a PDF").status, 404);
}

TEST_F(VerificationTest, ASignedCopyIsFoundBeforeAndAfterItIsFiled) {
    const store::DocumentRecord letter = recordOf("memorandum-of-agreement", model::Lang::En);
    const std::string made = readFile(pdfOf(letter));
    const std::string signedCopy = signField(made, pdf::inspectSignatures(made).emptyFields.at(0), signatorySigner());

    const Fetched notFiled = sendFile(address_, signedCopy);
    EXPECT_EQ(notFiled.status, 200);
    EXPECT_NE(notFiled.body.find("signatures added since it was made; this copy is not filed"), std::string::npos)
        << notFiled.body;
    EXPECT_NE(notFiled.body.find("none filed"), std::string::npos);

    const fs::path copy = *folder_ / "signed-moa.pdf";
    writeFile(copy, signedCopy);
    const CommandResult filed = run(shellQuote(wopdocsBinary()) + " signed add " + shellQuote(copy.string()) +
                                    " --data-dir " + shellQuote((*folder_ / "data").string()));
    ASSERT_EQ(filed.exitCode, 0) << filed.output;

    const Fetched isFiled = sendFile(address_, signedCopy);
    EXPECT_NE(isFiled.body.find("a signed copy of this version, filed with the program"), std::string::npos);
    const Fetched byCode = fetch(address_ + "/verify?code=" + *store::verificationCodeOf(letter));
    EXPECT_NE(byCode.body.find("signed by 1 of "), std::string::npos) << byCode.body;

    // In Urdu, what the file is and what was filed of it.
    const Fetched inUrdu = sendFile(address_, signedCopy, "/verify?lang=ur");
    EXPECT_NE(inUrdu.body.find(R"(<html lang="ur" dir="rtl">)"), std::string::npos);
    EXPECT_NE(inUrdu.body.find("فائل ہے اس نسخے کی دستخط شدہ نقل، جو پروگرام کے پاس درج ہے:"), std::string::npos)
        << inUrdu.body;
    EXPECT_NE(inUrdu.body.find(" میں سے 1 کے دستخط</dd>"), std::string::npos) << inUrdu.body;
    for (const std::string english : {"filed with the program", "signed by", "as it was made"})
        EXPECT_EQ(inUrdu.body.find(english), std::string::npos) << english;
    const Fetched codeInUrdu = fetch(address_ + "/verify?lang=ur&code=" + *store::verificationCodeOf(letter));
    EXPECT_NE(codeInUrdu.body.find(" میں سے 1 کے دستخط</dd>"), std::string::npos) << codeInUrdu.body;
}

}  // namespace
}  // namespace wop::test
