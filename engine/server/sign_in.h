// Signing in, as the form and the API both do it: throttled first
// (sign_in_throttle.h), then the name and password checked.
#pragma once

#include <optional>
#include <string>

#include "server/exchange.h"
#include "server/portal_context.h"

namespace wop::server {

struct SignInAttempt {
    std::optional<Session> session;  // when the name and password match
    std::optional<int> retryAfter;   // seconds, when the attempt was not let through (nothing was checked)
};

SignInAttempt attemptSignIn(PortalContext& context, const Exchange& exchange, const std::string& name,
                            const std::string& password);

}  // namespace wop::server
