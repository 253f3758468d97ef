#pragma once

#include <Poco/Net/HTTPRequestHandlerFactory.h>

#include "server/portal_request_handler.h"

namespace wop::server {

// One PortalRequestHandler per request, all sharing the portal's context.
class PortalRequestHandlerFactory : public Poco::Net::HTTPRequestHandlerFactory {
public:
    PortalRequestHandlerFactory(PortalContext& context, RateLimiter& limiter) : context_(context), limiter_(limiter) {}
    Poco::Net::HTTPRequestHandler* createRequestHandler(const Poco::Net::HTTPServerRequest&) override {
        return new PortalRequestHandler(context_, limiter_);
    }

private:
    PortalContext& context_;
    RateLimiter& limiter_;
};

}  // namespace wop::server
