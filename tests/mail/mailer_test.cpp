#include <gtest/gtest.h>

#include <map>
#include <regex>
#include <set>
#include <sstream>

#include <Poco/Base64Decoder.h>

#include "mail/mailer.h"
#include "mail/outbox.h"
#include "mail/recipients.h"
#include "sample_store.h"
#include "smtp_server.h"
#include "store/document_files.h"
#include "base/sha256.h"
#include "base/utf8.h"
#include "store/stored_program.h"
#include "store/version_index.h"

namespace wop::mail {
namespace {

class MailerTest : public ::testing::Test {
protected:
    MailSettings settings() const {
        MailSettings s;
        s.host = "127.0.0.1";
        s.port = smtp_.port();
        s.from = "PWON Secretariat <secretariat@pwon.org.pk>";
        s.timeoutSeconds = 20;
        return s;
    }

    MailReport mail(bool retryNow = false) { return Mailer(store_, settings()).run(retryNow); }

    // The registry's latest version of each document in each language, by the file name it is mailed under.
    std::map<std::string, store::DocumentRecord> latestPdfs() {
        std::map<std::string, store::DocumentRecord> latest;
        const store::VersionIndex index(store_.registry().all());
        for (const auto& [key, versions] : index.all()) latest[store::deliveredFileName(versions.back())] = versions.back();
        return latest;
    }

    std::size_t documentCount() {
        std::set<std::pair<std::string, std::string>> documents;
        for (const auto& record : store_.registry().all()) documents.emplace(record.key.partnership, record.key.document);
        return documents.size();
    }

    std::vector<std::string> expectedRecipients(const store::DocumentRecord& record) {
        store::Partnerships partnerships = store_.partnerships();
        const store::StoredProgram program = store::loadStoredProgram(partnerships);
        const auto recipients = record.key.partnership == store::programKey
                                    ? roadmapRecipients(program.program())
                                    : recipientsOf(*program.find(record.key.partnership), record.key.document);
        std::vector<std::string> addresses;
        for (const auto& r : recipients) addresses.push_back(r.address);
        return addresses;
    }

    // Every message received was sent exactly once, with the latest PDFs of
    // one document in both languages, byte for byte, to its parties.
    void expectEachDocumentMailedOnce() {
        const auto received = smtp_.messages();
        EXPECT_EQ(received.size(), documentCount());
        const auto latest = latestPdfs();
        const store::DocumentFiles files(samples_.dataDir());
        std::set<std::string> ids, mailed;
        for (const test::ReceivedMessage& m : received) {
            EXPECT_TRUE(ids.insert(m.messageId).second) << "sent twice: " << m.subject;
            EXPECT_EQ(m.contentType, "multipart/mixed");
            EXPECT_EQ(m.from, "PWON Secretariat <secretariat@pwon.org.pk>");
            EXPECT_NE(m.body.find("Dear colleagues"), std::string::npos);
            EXPECT_NE(m.body.find("محترم رفقائے کار"), std::string::npos);
            ASSERT_EQ(m.attachments.size(), 2u) << m.subject;
            std::set<model::Lang> langs;
            for (const test::ReceivedAttachment& a : m.attachments) {
                ASSERT_TRUE(latest.count(a.filename)) << a.filename << " is not a latest version";
                const store::DocumentRecord& record = latest.at(a.filename);
                EXPECT_EQ(a.contentType, "application/pdf");
                EXPECT_EQ(a.sha256, record.pdfSha256) << a.filename;
                EXPECT_EQ(a.sha256, base::sha256OfFile(files.absolute(record.path))) << a.filename;
                EXPECT_EQ(m.envelopeTo, expectedRecipients(record)) << a.filename;
                EXPECT_EQ(m.to, m.envelopeTo);
                langs.insert(record.key.lang);
                mailed.insert(a.filename);
            }
            EXPECT_EQ(langs.size(), 2u) << m.subject << ": English and Urdu together";
        }
        EXPECT_EQ(mailed.size(), latest.size());
    }

    test::SampleStore samples_;
    store::Store store_{store::StoreLocation{samples_.dataDir(), ""}};
    test::SmtpServer smtp_;
};

TEST_F(MailerTest, MailsEachDocumentOnceWithItsPdfsToItsParties) {
    smtp_.start();
    const MailReport report = mail();
    EXPECT_TRUE(report.succeeded());
    EXPECT_EQ(report.queued, static_cast<int>(documentCount()));
    EXPECT_EQ(report.sent.size(), documentCount());
    EXPECT_TRUE(report.waiting.empty());
    expectEachDocumentMailedOnce();

    const MailReport again = mail(true);
    EXPECT_EQ(again.queued, 0);
    EXPECT_TRUE(again.sent.empty());
    EXPECT_EQ(smtp_.messages().size(), documentCount());
}

TEST_F(MailerTest, NothingIsLostOrSentTwiceWhileTheServerIsDown) {
    const MailReport down = mail();  // nothing listens on the port yet
    EXPECT_FALSE(down.succeeded());
    EXPECT_TRUE(down.sent.empty());
    EXPECT_EQ(down.failed.size(), documentCount());
    ASSERT_EQ(down.waiting.size(), documentCount());
    for (const OutboxMessage& waiting : down.waiting) {
        EXPECT_EQ(waiting.attempts, 1);
        EXPECT_NE(waiting.lastError.find("cannot reach the mail server"), std::string::npos) << waiting.lastError;
        EXPECT_GT(waiting.nextAttempt, waiting.queuedAt);
    }

    const MailReport notYet = mail();  // within the back-off: not tried
    EXPECT_EQ(notYet.queued, 0);
    EXPECT_TRUE(notYet.failed.empty());
    EXPECT_EQ(notYet.waiting.size(), documentCount());

    smtp_.start();
    const MailReport up = mail(true);
    EXPECT_TRUE(up.succeeded());
    EXPECT_EQ(up.sent.size(), documentCount());
    EXPECT_TRUE(up.waiting.empty());
    mail(true);
    expectEachDocumentMailedOnce();
}

TEST_F(MailerTest, AFileThatNoLongerMatchesTheRegistryIsNotSent) {
    smtp_.start();
    const store::DocumentRecord record = *store_.registry().find({"lahore-faisalabad-nrw", "work-plan", model::Lang::Ur}, 1);
    const auto path = store::DocumentFiles(samples_.dataDir()).absolute(record.path);
    test::writeFile(path, test::readFile(path) + "changed");
    const MailReport report = mail();
    ASSERT_EQ(report.failed.size(), 1u);
    EXPECT_EQ(report.failed[0].document, "work-plan");
    EXPECT_NE(report.failed[0].lastError.find("differs from the registry"), std::string::npos);
    EXPECT_EQ(report.sent.size(), documentCount() - 1);
}

TEST_F(MailerTest, ANewVersionIsMailedWithTheOtherLanguagesLatest) {
    smtp_.start();
    mail();
    const std::size_t before = smtp_.messages().size();

    store::DocumentRecord v2 = *store_.registry().find({"lahore-faisalabad-nrw", "work-plan", model::Lang::En}, 1);
    const store::DocumentFiles files(samples_.dataDir());
    const std::string bytes = test::readFile(files.absolute(v2.path)) + "\n% v2\n";
    v2.version = 2;
    v2.path = store::DocumentFiles::relativePath(v2.key, 2);
    v2.pdfSha256 = base::sha256(bytes);
    test::writeFile(files.absolute(v2.path), bytes);
    store_.registry().add(v2);

    const MailReport report = mail();
    EXPECT_EQ(report.queued, 1);
    ASSERT_EQ(report.sent.size(), 1u);
    EXPECT_EQ(report.sent[0], "lahore-faisalabad-nrw/work-plan (en v2, ur v1)");
    const auto received = smtp_.messages();
    ASSERT_EQ(received.size(), before + 1);
    std::set<std::string> names;
    for (const auto& a : received.back().attachments) names.insert(a.filename);
    EXPECT_EQ(names, (std::set<std::string>{"lahore-faisalabad-nrw-work-plan.en.v2.pdf",
                                            "lahore-faisalabad-nrw-work-plan.ur.v1.pdf"}));
}

// The header `name` of a message as sent, its folded lines joined.
std::string rawHeader(const std::string& message, const std::string& name) {
    const std::string headers = message.substr(0, message.find("\r\n\r\n"));
    const auto start = headers.find("\r\n" + name + ": ");
    if (start == std::string::npos) return "";
    std::string value;
    for (std::size_t line = start + 2;;) {
        const std::size_t end = std::min(headers.find("\r\n", line), headers.size());
        value += headers.substr(line, end - line);
        if (end == headers.size() || (headers[end + 2] != ' ' && headers[end + 2] != '\t')) break;
        line = end + 2;
    }
    return value.substr(name.size() + 2);
}

// The text of one RFC 2047 encoded-word, "B" or "Q".
std::string decodeWord(const std::string& encoding, const std::string& text) {
    if (encoding == "B" || encoding == "b") {
        std::istringstream in(text);
        Poco::Base64Decoder decoder(in);
        return std::string(std::istreambuf_iterator<char>(decoder), {});
    }
    std::string bytes;
    for (std::size_t i = 0; i < text.size(); ++i) {
        if (text[i] == '=' && i + 2 < text.size()) {
            bytes += static_cast<char>(std::stoi(text.substr(i + 1, 2), nullptr, 16));
            i += 2;
        } else {
            bytes += text[i] == '_' ? ' ' : text[i];
        }
    }
    return bytes;
}

TEST_F(MailerTest, EveryLineOfEveryMessageEndsInCrLf) {
    // "Bare LF line endings in message bodies (about 21 lines per message,
    // e.g. `Dear colleagues,\n`) break RFC 5321 §2.3.8; strict relays refuse them."
    smtp_.start();
    mail();
    const auto raw = smtp_.rawMessages();
    ASSERT_EQ(raw.size(), documentCount());
    for (const std::string& message : raw) {
        int bareLineFeeds = 0;
        for (std::size_t i = 0; i < message.size(); ++i)
            if (message[i] == '\n' && (i == 0 || message[i - 1] != '\r')) ++bareLineFeeds;
        EXPECT_EQ(bareLineFeeds, 0) << rawHeader(message, "Message-ID");
        EXPECT_NE(message.find("Dear colleagues,\r\n"), std::string::npos);
    }
}

TEST_F(MailerTest, EachEncodedWordOfASubjectDecodesAloneToWholeCharacters) {
    // "Urdu subjects split a character between two RFC 2047 encoded-words
    // (125 of 205 subjects): clients that decode word by word show �."
    smtp_.start();
    mail();
    const auto raw = smtp_.rawMessages();
    const auto received = smtp_.messages();
    ASSERT_EQ(raw.size(), received.size());
    ASSERT_FALSE(raw.empty());
    static const std::regex word(R"(=\?UTF-8\?([BbQq])\?([^?]*)\?=)", std::regex::icase);
    for (std::size_t i = 0; i < raw.size(); ++i) {
        const std::string subject = rawHeader(raw[i], "Subject");
        std::string decoded;
        int words = 0;
        for (auto it = std::sregex_iterator(subject.begin(), subject.end(), word); it != std::sregex_iterator(); ++it) {
            const std::string text = decodeWord((*it)[1], (*it)[2]);
            EXPECT_TRUE(base::isValidUtf8(text)) << "word " << words << " of " << subject;
            decoded += text;
            ++words;
        }
        EXPECT_GT(words, 1) << subject;
        EXPECT_EQ(decoded, received[i].subject);
        std::istringstream headers(raw[i].substr(0, raw[i].find("\r\n\r\n")));
        for (std::string line; std::getline(headers, line);) {
            if (line.starts_with("Subject: ") || line.starts_with(" ")) {
                EXPECT_LE(line.size(), 77u) << line;  // and its CR
            }
        }
    }
}

}  // namespace
}  // namespace wop::mail
