// The portal's routes: each a method, a path pattern, who may use it, and
// whether it changes anything (then it needs the session's CSRF token).
// dispatch() checks all of that before a route's own code runs; the
// authorization of a partnership or a document is the route's, against the
// registry row and the account's utility.
#pragma once

#include "server/exchange.h"
#include "server/portal_context.h"

namespace wop::server {

// Answers the exchange, whose body and session are set. Throws only on
// failures of the portal itself (the store), which the caller answers with 500.
void dispatch(PortalContext& context, Exchange& exchange);

}  // namespace wop::server
