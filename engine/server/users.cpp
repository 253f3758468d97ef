#include "server/users.h"

#include <regex>
#include <stdexcept>
#include <vector>

#include <Poco/Data/Statement.h>
#include <Poco/Tuple.h>

#include "server/password_hash.h"
#include "store/timestamp.h"

using namespace Poco::Data::Keywords;

namespace wop::server {

namespace {

using Row = Poco::Tuple<std::string, std::string, std::string, std::string>;

Account accountOf(const Row& row) {
    return {row.get<0>(), parseRole(row.get<1>()).value_or(Account::Role::Utility), row.get<2>()};
}

}  // namespace

bool isValidUserName(const std::string& name) {
    static const std::regex pattern(R"([A-Za-z0-9._@-]{1,64})");
    return std::regex_match(name, pattern);
}

void Users::add(const Account& account, const std::string& password) {
    if (!isValidUserName(account.name))
        throw std::invalid_argument("a user name is 1 to 64 of a-z A-Z 0-9 . _ @ -");
    if (account.role == Account::Role::Utility && account.utility.empty())
        throw std::invalid_argument("a utility user needs the utility's organisation id");
    // "Rabia" and "rabia" would be two accounts that people take for one.
    std::vector<std::string> taken;
    database_.session() << "SELECT name FROM users WHERE lower(name) = lower($1)", useRef(account.name), into(taken), now;
    if (!taken.empty()) throw std::invalid_argument("there is a user \"" + taken.front() + "\" already");
    const std::string role(roleName(account.role));
    const std::string hash = hashPassword(password);
    const std::string createdAt = store::utcTimestamp();
    database_.session() << "INSERT INTO users (name, role, utility, password_hash, created_at) VALUES ($1, $2, $3, $4, $5)",
        useRef(account.name), useRef(role), useRef(account.utility), useRef(hash), useRef(createdAt), now;
}

bool Users::setPassword(const std::string& name, const std::string& password) {
    const std::string hash = hashPassword(password);
    bool changed = false;
    database_.transaction([&] {
        Poco::Data::Statement update(database_.session());
        update << "UPDATE users SET password_hash = $1 WHERE name = $2", useRef(hash), useRef(name);
        changed = update.execute() == 1;
        // A new password ends the sessions the old one opened.
        if (changed) database_.session() << "DELETE FROM sessions WHERE user_name = $1", useRef(name), now;
    });
    return changed;
}

bool Users::remove(const std::string& name) {
    bool removed = false;
    database_.transaction([&] {
        Poco::Data::Statement erase(database_.session());
        erase << "DELETE FROM users WHERE name = $1", useRef(name);
        removed = erase.execute() == 1;
        database_.session() << "DELETE FROM sessions WHERE user_name = $1", useRef(name), now;
    });
    return removed;
}

std::optional<Account> Users::find(const std::string& name) {
    const auto found = credentials(name);
    if (!found) return std::nullopt;
    return found->first;
}

std::vector<Account> Users::all() {
    std::vector<Row> rows;
    database_.session() << "SELECT name, role, utility, password_hash FROM users ORDER BY name", into(rows), now;
    std::vector<Account> accounts;
    for (const Row& row : rows) accounts.push_back(accountOf(row));
    return accounts;
}

std::optional<std::pair<Account, std::string>> Users::credentials(const std::string& name) {
    std::vector<Row> rows;
    database_.session() << "SELECT name, role, utility, password_hash FROM users WHERE name = $1", useRef(name),
        into(rows), now;
    if (rows.empty()) return std::nullopt;
    return std::pair{accountOf(rows.front()), rows.front().get<3>()};
}

}  // namespace wop::server
