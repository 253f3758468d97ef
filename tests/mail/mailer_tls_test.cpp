// Mailing through a server that takes mail only over STARTTLS and after a
// login, as a relay on the internet does: aiosmtpd with a certificate of
// its own CA, which wopdocs trusts only when mail.ca-file names it.
#include <gtest/gtest.h>

#include <set>
#include <sstream>

#include <Poco/AutoPtr.h>
#include <Poco/Util/PropertyFileConfiguration.h>

#include "mail/mailer.h"
#include "sample_store.h"
#include "smtp_server.h"

namespace wop::mail {
namespace {

class MailerTlsTest : public ::testing::Test {
protected:
    // `certificateName`: whom the server's certificate is for; the tests connect to 127.0.0.1.
    explicit MailerTlsTest(const std::string& certificateName = "127.0.0.1")
        : smtp_({.requireStartTls = true, .certificateName = certificateName, .user = "pwon", .password = "secret"}) {}

    // The settings as an administrator writes them in wopdocs.properties.
    MailSettings settings(const std::string& lines) const {
        std::istringstream text("mail.host = 127.0.0.1\nmail.port = " + std::to_string(smtp_.port()) +
                                "\nmail.from = PWON Secretariat <secretariat@pwon.org.pk>\nmail.timeout = 20\n" + lines);
        const Poco::AutoPtr<Poco::Util::PropertyFileConfiguration> configuration(
            new Poco::Util::PropertyFileConfiguration(text));
        return MailSettings::read(*configuration);
    }

    std::string trustingTheServer() const { return "mail.ca-file = " + smtp_.certificateFile().string() + "\n"; }

    MailReport mail(const std::string& lines, bool retryNow = false) {
        return Mailer(store_, settings(lines)).run(retryNow);
    }

    std::size_t documentCount() {
        std::set<std::pair<std::string, std::string>> documents;
        for (const auto& record : store_.registry().all()) documents.emplace(record.key.partnership, record.key.document);
        return documents.size();
    }

    // Every message failed once with `error` in its last error, waits, and
    // the server has none. A failure every message would meet again ends
    // the run's asking: `mail` connects once.
    void expectEveryMessageWaitsWith(const std::string& settingsLines, const std::string& error) {
        const int connectionsBefore = smtp_.connections();
        const MailReport report = mail(settingsLines);
        EXPECT_EQ(smtp_.connections() - connectionsBefore, 1);
        EXPECT_FALSE(report.succeeded());
        EXPECT_TRUE(report.sent.empty());
        EXPECT_EQ(report.failed.size(), documentCount());
        ASSERT_EQ(report.waiting.size(), documentCount());
        for (const OutboxMessage& waiting : report.waiting) {
            EXPECT_EQ(waiting.attempts, 1);
            EXPECT_NE(waiting.lastError.find(error), std::string::npos) << waiting.lastError;
            EXPECT_EQ(waiting.lastError.find("cannot reach"), std::string::npos) << waiting.lastError;  // it was reached
        }
        EXPECT_TRUE(smtp_.messages().empty());
    }

    test::SampleStore samples_;
    store::Store store_{store::StoreLocation{samples_.dataDir(), ""}};
    test::SmtpServer smtp_;
};

TEST_F(MailerTlsTest, DeliversOverStartTlsWithLogin) {
    smtp_.start();
    const MailReport report = mail("mail.starttls = true\nmail.user = pwon\nmail.password = secret\n" + trustingTheServer());
    EXPECT_TRUE(report.succeeded());
    EXPECT_EQ(report.sent.size(), documentCount());
    EXPECT_TRUE(report.waiting.empty());
    const auto received = smtp_.messages();
    ASSERT_EQ(received.size(), documentCount());
    for (const test::ReceivedMessage& m : received) EXPECT_EQ(m.attachments.size(), 2u) << m.subject;
}

TEST_F(MailerTlsTest, AWrongPasswordIsReportedAndTheMessagesWait) {
    smtp_.start();
    const std::string login = "mail.starttls = true\nmail.user = pwon\n" + trustingTheServer();
    expectEveryMessageWaitsWith(login + "mail.password = wrong\n",
                                "the mail server refused the login of mail.user \"pwon\"");

    const MailReport corrected = mail(login + "mail.password = secret\n", true);
    EXPECT_TRUE(corrected.succeeded());
    EXPECT_EQ(corrected.sent.size(), documentCount());
    EXPECT_EQ(smtp_.messages().size(), documentCount());
}

TEST_F(MailerTlsTest, AServerDemandingStartTlsIsReportedWhenItIsOff) {
    smtp_.start();
    expectEveryMessageWaitsWith("mail.starttls = false\n", "mail.starttls is false");
}

TEST_F(MailerTlsTest, ACertificateOfAnUntrustedCaIsRefused) {
    smtp_.start();
    expectEveryMessageWaitsWith("mail.starttls = true\nmail.user = pwon\nmail.password = secret\n",
                                "certificate verify failed");
}

// A certificate the CA file vouches for, but for another server: whoever
// holds it could read the mail on its way, so it is refused like one of an
// unknown CA, even from a relay on this machine.
class MailerTlsOtherHostTest : public MailerTlsTest {
protected:
    MailerTlsOtherHostTest() : MailerTlsTest("mail.example.org") {}
};

TEST_F(MailerTlsOtherHostTest, ACertificateForAnotherHostIsRefused) {
    smtp_.start();
    expectEveryMessageWaitsWith("mail.starttls = true\nmail.user = pwon\nmail.password = secret\n" + trustingTheServer(),
                                "the mail server's certificate is not for mail.host \"127.0.0.1\"");
}

}  // namespace
}  // namespace wop::mail
