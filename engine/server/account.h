// Who is signed in: a utility's user, who sees the partnerships the utility
// is a party to, or the facilitator, who sees all.
#pragma once

#include <optional>
#include <string>
#include <string_view>

#include "model/partnership.h"

namespace wop::server {

struct Account {
    enum class Role { Utility, Facilitator };

    std::string name;
    Role role = Role::Utility;
    std::string utility;  // an organisation id of the partnership data ("wasa-lahore"); empty for the facilitator

    bool isFacilitator() const { return role == Role::Facilitator; }
    // Whether the account may see the partnership and its documents: the
    // facilitator always, a utility when it is the mentor or the mentee.
    bool maySee(const model::Partnership& partnership) const;
};

std::string_view roleName(Account::Role role);  // "utility", "facilitator"
std::optional<Account::Role> parseRole(std::string_view name);

}  // namespace wop::server
