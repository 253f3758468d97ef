// One conversation with the SMTP server: connect, EHLO, STARTTLS when
// configured, login when a user is configured, then any number of
// messages. The password is only sent over TLS (MailSettings::read refuses
// a user without STARTTLS).
#pragma once

#include <exception>
#include <memory>
#include <string>
#include <vector>

#include <Poco/Net/MailMessage.h>
#include <Poco/Net/SecureSMTPClientSession.h>

#include "mail/mail_settings.h"

namespace wop::mail {

// 530: the server takes mail only after STARTTLS or a login (RFC 3207,
// RFC 4954); it would refuse every other message the same way.
bool wantsTlsOrLogin(const std::exception& error);

class SmtpConnection {
public:
    // Throws Poco::Exception when the server cannot be reached or refuses
    // TLS or the login.
    explicit SmtpConnection(const MailSettings& settings);
    ~SmtpConnection();  // says QUIT, quietly
    SmtpConnection(const SmtpConnection&) = delete;
    SmtpConnection& operator=(const SmtpConnection&) = delete;

    // Returns once the server accepted the message for every one of
    // `recipients` (addresses); throws Poco::Exception otherwise.
    void send(const Poco::Net::MailMessage& message, const std::vector<std::string>& recipients);

private:
    // STARTTLS, then the greeting again over TLS.
    void startTls(const MailSettings& settings);
    void loginAs(const std::string& user, const std::string& password);

    bool startedTls_;  // mail.starttls: the constructor throws when the upgrade fails
    std::unique_ptr<Poco::Net::SecureSMTPClientSession> session_;
};

}  // namespace wop::mail
