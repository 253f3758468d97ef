// What a message's header says of its recipients, as a mail program reads
// it from a real SMTP server: each recipient once, whatever their name holds.
#include <gtest/gtest.h>

#include "mail/header_text.h"
#include "mail/mime_message.h"
#include "mail/smtp_connection.h"
#include "smtp_server.h"

namespace wop::mail {
namespace {

OutboxMessage messageTo(std::vector<Recipient> recipients) {
    OutboxMessage m;
    m.partnership = "lahore-faisalabad-nrw";
    m.document = "work-plan";
    m.enVersion = 1;
    m.recipients = std::move(recipients);
    m.subject = "PWON/WOP/2024/02 — Work Plan / لائحۂ عمل";
    m.body = "Dear colleagues,\n";
    return m;
}

test::ReceivedMessage sendAndReceive(const OutboxMessage& message) {
    test::SmtpServer server;
    server.start();
    MailSettings settings;
    settings.host = "127.0.0.1";
    settings.port = server.port();
    settings.from = "PWON Secretariat <secretariat@pwon.org.pk>";
    Poco::Net::MailMessage mime;
    buildMimeMessage(message, settings.from, {}, mime);
    SmtpConnection(settings).send(mime, envelopeRecipients(message));
    const auto received = server.messages();
    if (received.size() != 1) throw std::runtime_error("the server received " + std::to_string(received.size()));
    return received[0];
}

TEST(MimeMessage, NamesWithQuotesCommasAndAngleBracketsNameNobodyElse) {
    // "names with line breaks or unescaped quotes": the header is the
    // recipients' list to every mail program, whatever their names hold.
    const test::ReceivedMessage received = sendAndReceive(messageTo({
        {"Engr. \"Rabia\" Saleem, <attacker@evil.example>", "rabia.saleem@wasafaisalabad.gop.pk"},
        {"Sana \\ Tariq\r\nBcc: attacker@evil.example", "coordinator@pwon.org.pk"},
        {"ڈاکٹر ثنا طارق", "sana.tariq@pwon.org.pk"},
    }));
    const std::vector<std::string> addresses = {"rabia.saleem@wasafaisalabad.gop.pk", "coordinator@pwon.org.pk",
                                                "sana.tariq@pwon.org.pk"};
    EXPECT_EQ(received.to, addresses);
    EXPECT_EQ(received.envelopeTo, addresses);
}

TEST(MimeMessage, RefusesAnAddressThatIsNone) {
    // "an email `x@y.z> , <attacker@evil.example` (the message went to the attacker)"
    Poco::Net::MailMessage mime;
    EXPECT_THROW(buildMimeMessage(messageTo({{"", "x@y.z> , <attacker@evil.example"}}),
                                  "secretariat@pwon.org.pk", {}, mime),
                 std::invalid_argument);
}

TEST(HeaderText, QuotesANameOnlyWhenItMust) {
    EXPECT_EQ(mailbox({"PWON Secretariat", "secretariat@pwon.org.pk"}), "PWON Secretariat <secretariat@pwon.org.pk>");
    EXPECT_EQ(mailbox({"Ms. \"Sana\" Tariq", "s@pwon.org.pk"}), R"("Ms. \"Sana\" Tariq" <s@pwon.org.pk>)");
    EXPECT_EQ(mailbox({"", "s@pwon.org.pk"}), "s@pwon.org.pk");
}

}  // namespace
}  // namespace wop::mail
