#include "server/account.h"

namespace wop::server {

bool Account::maySee(const model::Partnership& partnership) const {
    if (isFacilitator()) return true;
    return !utility.empty() && (partnership.mentor.id == utility || partnership.mentee.id == utility);
}

std::string_view roleName(Account::Role role) {
    return role == Account::Role::Facilitator ? "facilitator" : "utility";
}

std::optional<Account::Role> parseRole(std::string_view name) {
    if (name == "facilitator") return Account::Role::Facilitator;
    if (name == "utility") return Account::Role::Utility;
    return std::nullopt;
}

}  // namespace wop::server
