// The sign-in form's CSRF tokens. Before a session exists the form is
// protected by a token both in a cookie and in the form (double submit);
// a token the client made up itself, set in both, would pass that check,
// so each token is the portal's own: when it was given, a random part, and
// an HMAC of the two under a key of this process. A token is good for an
// hour, and until the portal restarts.
#pragma once

#include <ctime>
#include <string>
#include <vector>

namespace wop::server {

class SignInTokens {
public:
    static constexpr std::time_t lifetimeSeconds = 3600;

    SignInTokens();

    // 64 hex digits.
    std::string issue(std::time_t now) const;
    // Whether this portal gave `token` within the last hour.
    bool isValid(const std::string& token, std::time_t now) const;

private:
    std::string mac(const std::string& issued) const;

    std::vector<unsigned char> key_;
};

}  // namespace wop::server
