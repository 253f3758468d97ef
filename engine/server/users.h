// The portal's accounts (table `users`): `wopdocs user add|passwd|remove`
// manages them, the portal signs them in.
#pragma once

#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "server/account.h"
#include "store/database.h"

namespace wop::server {

class Users {
public:
    explicit Users(store::Database& database) : database_(database) {}

    // Throws std::invalid_argument when the name is taken or not 1 to 64 of
    // a-z A-Z 0-9 . _ @ -, or a utility account has no utility.
    void add(const Account& account, const std::string& password);
    // False when there is no such account.
    bool setPassword(const std::string& name, const std::string& password);
    // Removes the account and signs it out everywhere; false when there is none.
    bool remove(const std::string& name);
    std::optional<Account> find(const std::string& name);
    std::vector<Account> all();

    // The account with its stored password hash, to verify a sign-in with
    // (password_hash.h) without holding the database meanwhile.
    std::optional<std::pair<Account, std::string>> credentials(const std::string& name);

private:
    store::Database& database_;
};

bool isValidUserName(const std::string& name);

}  // namespace wop::server
