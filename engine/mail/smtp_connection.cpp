#include "mail/smtp_connection.h"

#include <mutex>

#include <Poco/Net/Context.h>
#include <Poco/Net/NetException.h>
#include <Poco/Net/NetSSL.h>
#include <Poco/Net/RejectCertificateHandler.h>
#include <Poco/Net/SSLManager.h>

namespace wop::mail {

namespace {

// A certificate that does not verify is refused, never asked about: there
// is nobody to ask in a scheduled run.
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
    params.verificationMode = Poco::Net::Context::VERIFY_RELAXED;
    params.loadDefaultCAs = true;
    return new Poco::Net::Context(Poco::Net::Context::TLS_CLIENT_USE, params);
}

}  // namespace

SmtpConnection::SmtpConnection(const MailSettings& settings) {
    session_ = std::make_unique<Poco::Net::SecureSMTPClientSession>(settings.host,
                                                                    static_cast<Poco::UInt16>(settings.port));
    session_->setTimeout(Poco::Timespan(settings.timeoutSeconds, 0));
    session_->login();
    if (settings.starttls && !session_->startTLS(tlsContext(settings)))
        throw Poco::Net::SMTPException("the server does not offer STARTTLS (mail.starttls = true)");
    // Both logins greet the server again (EHLO), as it forgets the greeting on STARTTLS.
    if (!settings.user.empty())
        session_->login(Poco::Net::SMTPClientSession::AUTH_LOGIN, settings.user, settings.password);
    else if (settings.starttls)
        session_->login();
}

SmtpConnection::~SmtpConnection() {
    try {
        session_->close();
    } catch (const Poco::Exception&) {
        // The server went away: there is nothing left to say to it.
    }
}

void SmtpConnection::send(const Poco::Net::MailMessage& message) {
    try {
        session_->sendMessage(message);
    } catch (const Poco::Net::SMTPException& e) {
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
