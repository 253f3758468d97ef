// An outbox message as MIME: multipart/mixed, the body as UTF-8 text
// (quoted-printable), each PDF attached as application/pdf (base64).
#pragma once

#include <filesystem>
#include <string>
#include <vector>

#include <Poco/Net/MailMessage.h>

#include "mail/outbox_message.h"

namespace wop::mail {

struct Attachment {
    std::string filename;  // as the recipient sees it
    std::filesystem::path path;
};

// Fills `mime`, which must be empty, recipients in its header only. Its Message-ID is made from the
// message's key, so a message sent again after a lost answer from the
// server can be recognised as the same by the recipients' mail programs.
void buildMimeMessage(const OutboxMessage& message, const std::string& from,
                      const std::vector<Attachment>& attachments, Poco::Net::MailMessage& mime);

// The addresses the server is to deliver the message to (RCPT TO).
std::vector<std::string> envelopeRecipients(const OutboxMessage& message);

}  // namespace wop::mail
