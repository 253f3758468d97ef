#include "mail/mail_settings.h"

#include <stdexcept>

#include <Poco/Exception.h>

namespace wop::mail {

MailSettings MailSettings::read(const Poco::Util::AbstractConfiguration& configuration) {
    MailSettings settings;
    try {
        settings.host = configuration.getString("mail.host", settings.host);
        settings.port = configuration.getInt("mail.port", settings.port);
        settings.starttls = configuration.getBool("mail.starttls", settings.starttls);
        settings.caFile = configuration.getString("mail.ca-file", settings.caFile);
        settings.user = configuration.getString("mail.user", settings.user);
        settings.password = configuration.getString("mail.password", settings.password);
        settings.from = configuration.getString("mail.from", settings.from);
        settings.timeoutSeconds = configuration.getInt("mail.timeout", settings.timeoutSeconds);
    } catch (const Poco::SyntaxException& e) {
        throw std::runtime_error("a mail.* setting has a wrong value: " + e.displayText());
    }
    if (settings.port < 1 || settings.port > 65535)
        throw std::runtime_error("mail.port must be from 1 to 65535, not " + std::to_string(settings.port));
    if (settings.timeoutSeconds < 1) throw std::runtime_error("mail.timeout must be at least 1 (seconds)");
    if (!settings.user.empty() && !settings.starttls)
        throw std::runtime_error("mail.user is set but mail.starttls is not: the password would cross the network in clear");
    if (settings.from.empty()) throw std::runtime_error("mail.from is not set: the address messages are sent from");
    return settings;
}

}  // namespace wop::mail
