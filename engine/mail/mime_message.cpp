#include "mail/mime_message.h"

#include <Poco/Net/FilePartSource.h>
#include <Poco/Net/MailRecipient.h>
#include <Poco/Net/StringPartSource.h>

#include "mail/recipients.h"
#include "base/sha256.h"

namespace wop::mail {

namespace {

bool isAscii(const std::string& text) {
    for (unsigned char c : text)
        if (c >= 0x80) return false;
    return true;
}

// Header words outside ASCII are encoded (RFC 2047); plain ones stay readable.
std::string headerText(const std::string& text) {
    return isAscii(text) ? text : Poco::Net::MailMessage::encodeWord(text, "UTF-8");
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
    const Recipient sender = Recipient::parse(from);
    mime.setSender(sender.name.empty() ? sender.address : headerText(sender.name) + " <" + sender.address + ">");
    for (const std::string& text : message.recipients) {
        const Recipient recipient = Recipient::parse(text);
        mime.addRecipient(Poco::Net::MailRecipient(Poco::Net::MailRecipient::PRIMARY_RECIPIENT, recipient.address,
                                                   headerText(recipient.name)));
    }
    mime.setSubject(headerText(message.subject));
    mime.set("Message-ID", messageId(message, from));
    mime.addContent(new Poco::Net::StringPartSource(message.body, "text/plain; charset=UTF-8"),
                    MailMessage::ENCODING_QUOTED_PRINTABLE);
    for (const Attachment& attachment : attachments)
        mime.addAttachment(attachment.filename,
                           new Poco::Net::FilePartSource(attachment.path.string(), attachment.filename, "application/pdf"),
                           MailMessage::ENCODING_BASE64);
}

}  // namespace wop::mail
