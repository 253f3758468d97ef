// A real SMTP server for the mail tests: aiosmtpd (Debian's
// python3-aiosmtpd) on 127.0.0.1 run by tests/mail/smtp_server.py, storing
// what it accepts in a Maildir, read back by read_maildir.py.
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

struct SmtpServerOptions {
    // Refuses mail before STARTTLS, with a self-signed certificate made in
    // the server's folder (SmtpServer::certificateFile()).
    bool requireStartTls = false;
    // Whom the certificate is for: an IP address or a DNS name. The tests
    // connect to 127.0.0.1; another name makes a certificate that verifies
    // but is not the server's.
    std::string certificateName = "127.0.0.1";
    // When not empty, refuses mail before AUTH with this user and password,
    // which it offers over TLS only: needs requireStartTls.
    std::string user;
    std::string password;
};

class SmtpServer {
public:
    // Chooses its port and makes its certificate; does not start.
    explicit SmtpServer(SmtpServerOptions options = {});
    ~SmtpServer();
    SmtpServer(const SmtpServer&) = delete;
    SmtpServer& operator=(const SmtpServer&) = delete;

    // Returns once the server accepts connections; throws when it does not start.
    void start();
    void stop();
    int port() const { return port_; }
    // The self-signed certificate the server presents, which is its own CA:
    // what a client trusts to verify it. Only with requireStartTls.
    std::filesystem::path certificateFile() const { return folder_ / "certificate.pem"; }
    // Connections accepted so far, the one start() makes to see the server up included.
    int connections() const;
    // Every message received so far, in the order received.
    std::vector<ReceivedMessage> messages() const;
    // The DATA of each, as the client sent it (dots unstuffed).
    std::vector<std::string> rawMessages() const;

private:
    std::filesystem::path keyFile() const { return folder_ / "key.pem"; }
    void makeCertificate() const;

    SmtpServerOptions options_;
    ScratchDir folder_;
    int port_;
    pid_t pid_ = -1;
};

}  // namespace wop::test
