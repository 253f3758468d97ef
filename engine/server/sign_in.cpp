#include "server/sign_in.h"

namespace wop::server {

SignInAttempt attemptSignIn(PortalContext& context, const Exchange& exchange, const std::string& name,
                            const std::string& password) {
    SignInAttempt attempt;
    attempt.retryAfter = context.signInThrottle.admit(name, exchange.client());
    if (attempt.retryAfter) {
        context.log.warning("sign-in attempt from " + exchange.client() + " held back for " +
                            std::to_string(*attempt.retryAfter) + " s");
        return attempt;
    }
    attempt.session = context.data.signIn(name, password);
    if (attempt.session) context.signInThrottle.succeeded(name);
    else context.log.notice("sign-in refused for a user name from " + exchange.client());
    return attempt;
}

}  // namespace wop::server
