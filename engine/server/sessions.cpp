#include "server/sessions.h"

#include <Poco/Tuple.h>

#include "server/random_token.h"
#include "base/sha256.h"
#include "store/timestamp.h"

using namespace Poco::Data::Keywords;

namespace wop::server {

Session Sessions::open(const Account& account, std::time_t when, std::time_t lifetimeSeconds) {
    Session session{randomToken(), account, randomToken(), store::utcTimestamp(when + lifetimeSeconds), ""};
    const std::string idSha256 = base::sha256(session.id);
    const std::string createdAt = store::utcTimestamp(when);
    database_.session() << "INSERT INTO sessions (id_sha256, user_name, csrf_token, created_at, expires_at) "
                           "VALUES ($1, $2, $3, $4, $5)",
        useRef(idSha256), useRef(account.name), useRef(session.csrfToken), useRef(createdAt),
        useRef(session.expiresAt), now;
    return session;
}

std::optional<Session> Sessions::find(const std::string& id, std::time_t when) {
    const std::string idSha256 = base::sha256(id);
    const std::string at = store::utcTimestamp(when);
    std::vector<Poco::Tuple<std::string, std::string, std::string, std::string, std::string, std::string>> rows;
    database_.session() << "SELECT u.name, u.role, u.utility, s.csrf_token, s.expires_at, s.lang "
                           "FROM sessions s JOIN users u ON u.name = s.user_name "
                           "WHERE s.id_sha256 = $1 AND s.expires_at > $2",
        useRef(idSha256), useRef(at), into(rows), now;
    if (rows.empty()) return std::nullopt;
    const auto& row = rows.front();
    const auto role = parseRole(row.get<1>());
    if (!role) return std::nullopt;
    return Session{id, {row.get<0>(), *role, row.get<2>()}, row.get<3>(), row.get<4>(), row.get<5>()};
}

void Sessions::close(const std::string& id) {
    const std::string idSha256 = base::sha256(id);
    database_.session() << "DELETE FROM sessions WHERE id_sha256 = $1", useRef(idSha256), now;
}

void Sessions::setLanguage(const std::string& id, const std::string& lang) {
    const std::string idSha256 = base::sha256(id);
    database_.session() << "UPDATE sessions SET lang = $1 WHERE id_sha256 = $2", useRef(lang), useRef(idSha256), now;
}

void Sessions::removeExpired(std::time_t when) {
    const std::string at = store::utcTimestamp(when);
    database_.session() << "DELETE FROM sessions WHERE expires_at <= $1", useRef(at), now;
}

}  // namespace wop::server
