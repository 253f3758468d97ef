// Every request to the portal, before its route: the client's address and
// rate, the body's size, the session from the cookie; after it, the access
// log. A failure of the portal itself is answered 500 and logged, never shown.
#pragma once

#include <ostream>

#include <Poco/Net/SocketAddress.h>

#include "server/portal_context.h"
#include "server/rate_limiter.h"
#include "server/request_reader.h"

namespace wop::server {

class PortalRequestHandler {
public:
    PortalRequestHandler(PortalContext& context, RateLimiter& limiter) : context_(context), limiter_(limiter) {}
    // Answers a request read whole (http_listener.h) on `out`.
    void handle(ReceivedRequest& request, const Poco::Net::SocketAddress& peer, std::ostream& out);

private:
    PortalContext& context_;
    RateLimiter& limiter_;
};

}  // namespace wop::server
