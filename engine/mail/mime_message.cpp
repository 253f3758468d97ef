#include "mail/mime_message.h"

#include <Poco/Net/FilePartSource.h>
#include <Poco/Net/StringPartSource.h>

#include "base/sha256.h"
#include "mail/header_text.h"

namespace wop::mail {

namespace {

// SMTP ends every line with CR LF (RFC 5321, 2.3.8): relays refuse a bare
// LF, and the quoted-printable encoding passes line ends through as they are.
std::string withCrlfLines(const std::string& text) {
    std::string lines;
    for (std::size_t i = 0; i < text.size(); ++i) {
        if (text[i] == '\n' && (i == 0 || text[i - 1] != '\r')) lines += '\r';
        lines += text[i];
    }
    return lines;
}

// "<3f2a...@pwon.org.pk>": the key's digest at the sender's domain.
std::string messageId(const OutboxMessage& message, const std::string& from) {
    const Recipient sender = Recipient::parse(from);
    const auto at = sender.address.rfind('@');
    const std::string domain = at == std::string::npos ? "wopdocs.invalid" : sender.address.substr(at + 1);
    const std::string key = message.partnership + "/" + message.document + "/" + std::to_string(message.enVersion) +
                            "/" + std::to_string(message.urVersion);
    return "<" + base::sha256(key).substr(0, 32) + ".wopdocs@" + domain + ">";
}

}  // namespace

void buildMimeMessage(const OutboxMessage& message, const std::string& from,
                      const std::vector<Attachment>& attachments, Poco::Net::MailMessage& mime) {
    using Poco::Net::MailMessage;
    // The header lists the recipients, the envelope (envelopeRecipients)
    // says whom to deliver to: Poco's own list would write the names unescaped.
    mime.setSender(mailbox(Recipient::parse(from)));
    mime.set(MailMessage::HEADER_TO, mailboxList(message.recipients));
    mime.setSubject(headerText(message.subject));
    mime.set("Message-ID", messageId(message, from));
    mime.addContent(new Poco::Net::StringPartSource(withCrlfLines(message.body), "text/plain; charset=UTF-8"),
                    MailMessage::ENCODING_QUOTED_PRINTABLE);
    for (const Attachment& attachment : attachments)
        mime.addAttachment(attachment.filename,
                           new Poco::Net::FilePartSource(attachment.path.string(), attachment.filename, "application/pdf"),
                           MailMessage::ENCODING_BASE64);
}

std::vector<std::string> envelopeRecipients(const OutboxMessage& message) {
    std::vector<std::string> addresses;
    for (const Recipient& recipient : message.recipients) addresses.push_back(recipient.address);
    return addresses;
}

}  // namespace wop::mail
