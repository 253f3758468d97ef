// Signed copies sent through the portal's form, over HTTP like a browser
// (multipart/form-data with the session's CSRF token): a copy signed here by
// a signatory, a scan, and what is refused — another partnership's document,
// no PDF, too large, no token — after which the store holds nothing of it.
#include <gtest/gtest.h>


#include "pdf/signature_inspection.h"
#include "portal_fixture.h"
#include "seal_support.h"
#include "server/registry_id.h"
#include "store/store.h"

namespace wop::test {
namespace {

const store::DocumentKey lahoreLetter{"lahore-faisalabad-nrw", "letter-of-intent", model::Lang::En};
const store::DocumentKey multanLetter{"rawalpindi-multan-billing", "letter-of-intent", model::Lang::En};

class SignedCopyUpload : public ::testing::Test {
protected:
    explicit SignedCopyUpload(server::PortalSettings settings = PortalServer::fastSettings()) : portal_(settings) {}

    store::DocumentRecord finalVersion(const store::DocumentKey& key) const {
        store::Store store({portal_.dataDir(), ""});
        const store::VersionIndex index = store.registry().index();
        for (auto it = index.versions(key).rbegin(); it != index.versions(key).rend(); ++it)
            if (it->status == model::Status::Final) return *it;
        ADD_FAILURE() << "no final version of " << key.str();
        return {};
    }
    std::string bytesOf(const store::DocumentRecord& record) const { return readFile(portal_.dataDir() / record.path); }
    std::string signedCopyOf(const store::DocumentKey& key) const {
        const std::string original = bytesOf(finalVersion(key));
        return signField(original, pdf::inspectSignatures(original).emptyFields.at(0), signatorySigner());
    }
    std::string scanOf(const store::DocumentKey& key) const {
        writeFile(scratch_ / "version.pdf", bytesOf(finalVersion(key)));
        const auto scanned = run("gs -q -sDEVICE=pdfimage24 -r100 -o " + shellQuote((scratch_ / "scan.pdf").string()) +
                                 " " + shellQuote((scratch_ / "version.pdf").string()));
        EXPECT_EQ(scanned.exitCode, 0) << scanned.output;
        return readFile(scratch_ / "scan.pdf");
    }

    // The form as a browser sends it; `query` after the form's address.
    HttpResponse upload(const std::string& partnership, const Client& client, const std::string& file,
                        const std::string& version = "", const std::string& query = "") const {
        const std::string boundary = "----wopdocsFormBoundary7MA4YWxkTrZu0gW";
        auto field = [&](const std::string& name, const std::string& value) {
            return "--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + name + "\"\r\n\r\n" + value + "\r\n";
        };
        HttpRequest request;
        request.method = "POST";
        request.target = "/partnerships/" + partnership + "/signed-copies" + query;
        request.cookie = client.cookie;
        request.contentType = "multipart/form-data; boundary=" + boundary;
        request.body = field("csrf", client.csrf) + field("version", version) + "--" + boundary +
                       "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"signed.pdf\"\r\n"
                       "Content-Type: application/pdf\r\n\r\n" + file + "\r\n--" + boundary + "--\r\n";
        return portal_.send(request);
    }

    std::size_t copiesKept() const {
        store::Store store({portal_.dataDir(), ""});
        const auto folder = portal_.dataDir() / "signed";
        const std::size_t files = std::filesystem::exists(folder) ? filesEndingWith(folder, ".pdf").size() : 0;
        const std::size_t rows = store.signedCopies().all().size();
        EXPECT_EQ(files, rows) << "a file for every copy recorded, and none else";
        return rows;
    }

    static void expectSays(const HttpResponse& response, const std::string& words) {
        EXPECT_NE(response.body.find(words), std::string::npos) << "no \"" << words << "\" in:\n" << response.body;
    }

    PortalServer portal_;
    ScratchDir scratch_{"signed-copy-upload"};
};

TEST_F(SignedCopyUpload, AUtilityFilesASignedCopyOfItsDocumentAndSeesItListed) {
    const Client lahore = portal_.signIn("lahore");
    const store::DocumentRecord version = finalVersion(lahoreLetter);
    const std::size_t fields = pdf::inspectSignatures(bytesOf(version)).emptyFields.size();
    const std::string signedBy = "signed by 1 of " + std::to_string(fields);

    const auto page = portal_.get("/partnerships/lahore-faisalabad-nrw", lahore);
    expectSays(page, "action=\"/partnerships/lahore-faisalabad-nrw/signed-copies\" enctype=\"multipart/form-data\"");
    expectSays(page, "<option value=\"" + server::registryId(version) + "\">");

    const auto response = upload("lahore-faisalabad-nrw", lahore, signedCopyOf(lahoreLetter));
    EXPECT_EQ(response.status, 200) << response.body;
    expectSays(response, "Signed copy received");
    expectSays(response, "Version " + std::to_string(version.version) + " of lahore-faisalabad-nrw/letter-of-intent (en): " + signedBy);
    expectSays(response, SigningCredentials::signatoryName);
    EXPECT_EQ(copiesKept(), 1u);
    store::Store store({portal_.dataDir(), ""});
    EXPECT_EQ(store.signedCopies().all().at(0).uploadedBy, "lahore");

    expectSays(portal_.get("/partnerships/lahore-faisalabad-nrw", lahore), "data-label=\"Signed copy\">" + signedBy + "</td>");
    expectSays(portal_.get("/api/partnerships/lahore-faisalabad-nrw/documents", lahore),
               "\"signed_copy\":\"" + signedBy + "\"");
}

TEST_F(SignedCopyUpload, InUrduWhatWasReceivedOrRefusedIsSaidInUrdu) {
    const Client lahore = portal_.signIn("lahore");
    const store::DocumentRecord version = finalVersion(lahoreLetter);
    const std::size_t fields = pdf::inspectSignatures(bytesOf(version)).emptyFields.size();
    const std::string signedBy = std::to_string(fields) + " میں سے 1 کے دستخط";

    const auto none = upload("lahore-faisalabad-nrw", lahore, "", "", "?lang=ur");
    EXPECT_EQ(none.status, 400);
    expectSays(none, "کوئی فائل نہیں چنی گئی۔");

    const auto response = upload("lahore-faisalabad-nrw", lahore, signedCopyOf(lahoreLetter), "", "?lang=ur");
    EXPECT_EQ(response.status, 200) << response.body;
    expectSays(response, "دستخط شدہ نقل موصول ہوئی");
    expectSays(response, "lahore-faisalabad-nrw/letter-of-intent (en) کا نسخہ " + std::to_string(version.version) +
                             ": " + signedBy + " — ");
    for (const std::string english : {"Version ", "signed by", "No file"})
        EXPECT_EQ(response.body.find(english) + none.body.find(english), 2 * std::string::npos) << english;
    expectSays(portal_.get("/partnerships/lahore-faisalabad-nrw?lang=ur", lahore),
               "data-label=\"دستخط شدہ نقل\">" + signedBy + "</td>");
}

TEST_F(SignedCopyUpload, AScanIsFiledForTheDocumentChosen) {
    const Client lahore = portal_.signIn("lahore");
    const std::string scan = scanOf(lahoreLetter);
    const auto unchosen = upload("lahore-faisalabad-nrw", lahore, scan);
    EXPECT_EQ(unchosen.status, 422) << unchosen.body;
    expectSays(unchosen, "Signed copy refused");
    expectSays(unchosen, "needs the document it is a copy of");
    EXPECT_EQ(copiesKept(), 0u);

    const auto chosen = upload("lahore-faisalabad-nrw", lahore, scan, server::registryId(finalVersion(lahoreLetter)));
    EXPECT_EQ(chosen.status, 200) << chosen.body;
    expectSays(chosen, "scanned copy");
    EXPECT_EQ(copiesKept(), 1u);
}

TEST_F(SignedCopyUpload, AnotherPartnershipsDocumentIsRefused) {
    const Client lahore = portal_.signIn("lahore");
    // Through its own page: the copy is of a document of another partnership.
    const auto theirs = upload("lahore-faisalabad-nrw", lahore, signedCopyOf(multanLetter));
    EXPECT_EQ(theirs.status, 422) << theirs.body;
    expectSays(theirs, "another partnership");
    // A scan said to be of theirs.
    const auto scan = upload("lahore-faisalabad-nrw", lahore, scanOf(multanLetter), server::registryId(finalVersion(multanLetter)));
    EXPECT_EQ(scan.status, 422) << scan.body;
    expectSays(scan, "another partnership");
    // Through their page, which this utility cannot see.
    EXPECT_EQ(upload("rawalpindi-multan-billing", lahore, signedCopyOf(multanLetter)).status, 404);
    EXPECT_EQ(copiesKept(), 0u);

    // The facilitator files copies of every partnership.
    const auto facilitator = upload("rawalpindi-multan-billing", portal_.signIn("pwon"), signedCopyOf(multanLetter));
    EXPECT_EQ(facilitator.status, 200) << facilitator.body;
    EXPECT_EQ(copiesKept(), 1u);
}

TEST_F(SignedCopyUpload, WhatIsNoPdfOrComesWithoutTheTokenIsRefused) {
    const Client lahore = portal_.signIn("lahore");
    const auto letter = upload("lahore-faisalabad-nrw", lahore, "Dear Sir, we have signed the letter.");
    EXPECT_EQ(letter.status, 422) << letter.body;
    expectSays(letter, "the file is not a PDF");
    expectSays(letter, "Nothing was kept.");

    const auto empty = upload("lahore-faisalabad-nrw", lahore, "");
    EXPECT_EQ(empty.status, 400) << empty.body;
    expectSays(empty, "No file was chosen.");

    Client forged = lahore;
    forged.csrf = std::string(64, '0');
    EXPECT_EQ(upload("lahore-faisalabad-nrw", forged, signedCopyOf(lahoreLetter)).status, 403);
    EXPECT_EQ(upload("lahore-faisalabad-nrw", {}, signedCopyOf(lahoreLetter)).status, 403) << "nobody signed in";
    EXPECT_EQ(copiesKept(), 0u);
}

// What the portal answers a request whose head declares a body of `length`
// bytes, none of which is sent.
std::string declaredOnly(const PortalServer& portal, const std::string& target, const Client& client, std::size_t length) {
    const std::string head = "POST " + target + " HTTP/1.1\r\nHost: 127.0.0.1\r\nCookie: " + client.cookie +
                             "\r\nContent-Type: multipart/form-data; boundary=b\r\nContent-Length: " +
                             std::to_string(length) + "\r\n\r\n";
    return portal.exchangeBytes(head);
}

server::PortalSettings oneMegabyte() {
    server::PortalSettings settings = PortalServer::fastSettings();
    settings.uploads.maxBytes = 1024 * 1024;
    return settings;
}

class SmallSignedCopyUpload : public SignedCopyUpload {
protected:
    SmallSignedCopyUpload() : SignedCopyUpload(oneMegabyte()) {}
    std::string declaredOnly(const std::string& target, const Client& client, std::size_t length) const {
        return test::declaredOnly(portal_, target, client, length);
    }
};

TEST_F(SmallSignedCopyUpload, AFileOverTheLimitIsRefused) {
    const Client lahore = portal_.signIn("lahore");
    // Over the file's limit, within the request's.
    const std::string justOver = "%PDF-1.7\n" + std::string(1024 * 1024, ' ') + "\n%%EOF\n";
    const auto over = upload("lahore-faisalabad-nrw", lahore, justOver);
    EXPECT_EQ(over.status, 413) << over.body;
    expectSays(over, "The file is larger than the 1 MB a signed copy may be.");
    // Over the request's limit too: refused on the declared length, before the body is sent.
    const std::string far = declaredOnly("/partnerships/lahore-faisalabad-nrw/signed-copies", lahore, 3 * 1024 * 1024);
    EXPECT_TRUE(far.starts_with("HTTP/1.1 413 ")) << far;
    EXPECT_NE(far.find("The file is larger than the 1 MB a signed copy may be."), std::string::npos) << far;
    EXPECT_EQ(copiesKept(), 0u);
    // The limit is the upload's alone: other requests keep theirs.
    EXPECT_TRUE(declaredOnly("/partnerships/lahore-faisalabad-nrw/regenerate", lahore, 100 * 1024).starts_with("HTTP/1.1 413 "));
}

}  // namespace
}  // namespace wop::test
