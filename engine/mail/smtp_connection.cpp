#include "mail/smtp_connection.h"

#include <mutex>
#include <sstream>

#include <Poco/Base64Encoder.h>
#include <Poco/Net/Context.h>
#include <Poco/Net/NetException.h>
#include <Poco/Net/NetSSL.h>
#include <Poco/Net/RejectCertificateHandler.h>
#include <Poco/Net/SSLException.h>
#include <Poco/Net/SSLManager.h>

namespace wop::mail {

namespace {

// A certificate that does not verify is refused, never asked about: there
// is nobody to ask in a scheduled run. It must also be for mail.host, even
// for a relay on this machine: Poco's relaxed mode skips the name check for
// 127.0.0.1 and localhost. Its strict mode checks every name and, for a
// client, otherwise verifies as the relaxed one does.
Poco::Net::Context::Ptr tlsContext(const MailSettings& settings) {
    static std::once_flag once;
    std::call_once(once, [] {
        Poco::Net::initializeSSL();
        Poco::Net::SSLManager::instance().initializeClient(
            nullptr, new Poco::Net::RejectCertificateHandler(false),
            new Poco::Net::Context(Poco::Net::Context::TLS_CLIENT_USE, ""));
    });
    Poco::Net::Context::Params params;
    params.caLocation = settings.caFile;
    params.verificationMode = Poco::Net::Context::VERIFY_STRICT;
    params.loadDefaultCAs = true;
    return new Poco::Net::Context(Poco::Net::Context::TLS_CLIENT_USE, params);
}

std::string base64(const std::string& text) {
    std::ostringstream encoded;
    Poco::Base64Encoder encoder(encoded);
    encoder.rdbuf()->setLineLength(0);  // one SMTP line
    encoder << text;
    encoder.close();
    return encoded.str();
}

}  // namespace

SmtpConnection::SmtpConnection(const MailSettings& settings) : startedTls_(settings.starttls) {
    session_ = std::make_unique<Poco::Net::SecureSMTPClientSession>(settings.host,
                                                                    static_cast<Poco::UInt16>(settings.port));
    session_->setTimeout(Poco::Timespan(settings.timeoutSeconds, 0));
    session_->login();
    if (settings.starttls) startTls(settings);
    if (!settings.user.empty()) loginAs(settings.user, settings.password);
}

void SmtpConnection::startTls(const MailSettings& settings) {
    try {
        if (!session_->startTLS(tlsContext(settings)))
            throw Poco::Net::SMTPException("the server does not offer STARTTLS (mail.starttls = true)");
    } catch (const Poco::Net::CertificateValidationException& e) {
        // Thrown once the chain has verified: Poco then says no more than
        // "application verification failure" when the name does not match.
        throw Poco::Net::CertificateValidationException(
            "the mail server's certificate is not for mail.host \"" + settings.host + "\"", e.message());
    }
    // Greet the server again (EHLO): it forgets the greeting on STARTTLS.
    session_->login();
}

// AUTH LOGIN, answering the server's two prompts in turn whatever they say:
// Poco's own AUTH LOGIN reads them, and a server prompting with other words
// than "Username:" (aiosmtpd says "User Name") is silently not logged in to.
void SmtpConnection::loginAs(const std::string& user, const std::string& password) {
    const auto say = [&](const std::string& command, int expectedClass) {
        std::string answer;
        const int status = session_->sendCommand(command, answer);
        if (status / 100 != expectedClass)
            throw Poco::Net::SMTPException("the mail server refused the login of mail.user \"" + user + "\"", answer,
                                           status);
    };
    say("AUTH LOGIN", 3);
    say(base64(user), 3);
    say(base64(password), 2);
}

SmtpConnection::~SmtpConnection() {
    try {
        session_->close();
    } catch (const Poco::Exception&) {
        // The server went away: there is nothing left to say to it.
    }
}

bool wantsTlsOrLogin(const std::exception& error) {
    const auto* refusal = dynamic_cast<const Poco::Net::SMTPException*>(&error);
    return refusal && refusal->code() == 530;
}

void SmtpConnection::send(const Poco::Net::MailMessage& message, const std::vector<std::string>& recipients) {
    try {
        session_->sendMessage(message, recipients);
    } catch (const Poco::Net::SMTPException& e) {
        if (wantsTlsOrLogin(e) && !startedTls_)
            throw Poco::Net::SMTPException("the mail server takes mail only after STARTTLS or a login, and "
                                           "mail.starttls is false: " + e.message(), e.code());
        // Poco takes a connection closed before the server's answer (status 0)
        // for a refusal: it is not one, the server never judged the message.
        if (e.code() != 0) throw;
        throw Poco::Net::SMTPException("the mail server closed the connection before it accepted the message");
    } catch (const Poco::IOException& e) {  // a reset or a broken pipe
        throw Poco::IOException("the connection to the mail server broke while the message was sent: " +
                                e.displayText());
    }
}

}  // namespace wop::mail
