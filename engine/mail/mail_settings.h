// How wopdocs reaches its SMTP server, from the settings file
// (wopdocs.properties, keys `mail.*`, see docs/delivery.md).
#pragma once

#include <string>

#include <Poco/Util/AbstractConfiguration.h>

namespace wop::mail {

struct MailSettings {
    std::string host = "localhost";
    int port = 25;
    bool starttls = false;  // upgrade with STARTTLS before logging in; refuse the server if it cannot
    std::string caFile;     // certificates to trust besides the system's (a private relay's own CA)
    std::string user;       // empty: no login
    std::string password;
    std::string from;  // "PWON Secretariat <secretariat@pwon.org.pk>"
    int timeoutSeconds = 30;

    // Reads the `mail.*` keys, the defaults above for those absent. Throws
    // std::runtime_error naming the key of a wrong value, when mail.from is
    // missing, or when mail.user is set without mail.starttls.
    static MailSettings read(const Poco::Util::AbstractConfiguration& configuration);
};

}  // namespace wop::mail
