// The portal's signed-in sessions (table `sessions`). The cookie carries a
// random 256-bit id; the table keeps only its SHA-256, so that a copy of
// the database opens no session. Each session has its own CSRF token, and
// ends at a fixed time after sign-in.
#pragma once

#include <ctime>
#include <optional>
#include <string>

#include "server/account.h"
#include "store/database.h"

namespace wop::server {

struct Session {
    std::string id;  // the cookie's value
    Account account;
    std::string csrfToken;
    std::string expiresAt;  // UTC timestamp
    std::string lang;       // the interface language switched to: "en", "ur", or empty (interface_language.h)
};

class Sessions {
public:
    explicit Sessions(store::Database& database) : database_(database) {}

    Session open(const Account& account, std::time_t when, std::time_t lifetimeSeconds);
    // The session with this cookie value, unless it expired or its account was removed.
    std::optional<Session> find(const std::string& id, std::time_t when);
    void close(const std::string& id);
    void setLanguage(const std::string& id, const std::string& lang);
    // Forgets the sessions that expired before `when`.
    void removeExpired(std::time_t when);

private:
    store::Database& database_;
};

}  // namespace wop::server
