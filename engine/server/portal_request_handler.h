// Every request to the portal, before its route: the client's rate, the
// body's size, the session from the cookie; after it, the access log. A
// failure of the portal itself is answered 500 and logged, never shown.
#pragma once

#include <Poco/Net/HTTPRequestHandler.h>

#include "server/portal_context.h"
#include "server/rate_limiter.h"

namespace wop::server {

class PortalRequestHandler : public Poco::Net::HTTPRequestHandler {
public:
    PortalRequestHandler(PortalContext& context, RateLimiter& limiter) : context_(context), limiter_(limiter) {}
    void handleRequest(Poco::Net::HTTPServerRequest& request, Poco::Net::HTTPServerResponse& response) override;

private:
    PortalContext& context_;
    RateLimiter& limiter_;
};

}  // namespace wop::server
