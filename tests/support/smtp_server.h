// A real SMTP server for the mail tests: aiosmtpd (Debian's
// python3-aiosmtpd) on 127.0.0.1, storing what it accepts in a Maildir,
// read back by read_maildir.py.
#pragma once

#include <filesystem>
#include <string>
#include <vector>

#include <sys/types.h>

#include "support.h"

namespace wop::test {

struct ReceivedAttachment {
    std::string filename;
    std::string contentType;
    std::string sha256;
};

struct ReceivedMessage {
    std::vector<std::string> envelopeTo;  // RCPT TO, as the server saw them
    std::string from;
    std::vector<std::string> to;
    std::string subject;
    std::string messageId;
    std::string contentType;
    std::string body;  // the text part, decoded
    std::vector<ReceivedAttachment> attachments;
};

class SmtpServer {
public:
    // Chooses its port; does not start.
    SmtpServer();
    ~SmtpServer();
    SmtpServer(const SmtpServer&) = delete;
    SmtpServer& operator=(const SmtpServer&) = delete;

    // Returns once the server accepts connections; throws when it does not start.
    void start();
    void stop();
    int port() const { return port_; }
    // Every message received so far, in the order received.
    std::vector<ReceivedMessage> messages() const;

private:
    ScratchDir folder_;
    int port_;
    pid_t pid_ = -1;
};

}  // namespace wop::test
