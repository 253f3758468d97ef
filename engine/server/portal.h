// Stage `server`: `wopdocs serve`, the utilities' download portal. An HTTP
// server (its connections read by http_listener.h, Poco's HTTP messages) with server-rendered pages and the same as
// a JSON API; sign-in with the accounts of `wopdocs user`, sessions and
// CSRF tokens kept in the store (docs/delivery.md).
#pragma once

#include <memory>

#include "server/http_listener.h"
#include "server/portal_context.h"
#include "server/portal_request_handler.h"
#include "server/portal_data.h"
#include "server/portal_settings.h"
#include "server/rate_limiter.h"
#include "server/regenerator.h"
#include "store/store.h"

namespace wop::server {

class Portal {
public:
    // Opens the store, reads the partnership schema and binds the address;
    // throws store::StoreError, std::runtime_error (the schema) or
    // Poco::Exception (the port is taken).
    Portal(const PortalSettings& settings, const store::StoreLocation& location);
    ~Portal();  // stops it

    void start();
    // Waits for the requests being answered, and for a regeneration.
    void stop();
    int port() const { return port_; }

private:
    PortalSettings settings_;
    PortalData data_;
    Regenerator regenerator_;
    std::unique_ptr<SharedLimits> sharedLimits_;  // when the store is PostgreSQL's
    RateLimiter limiter_;
    SignInThrottle signInThrottle_;
    SignInTokens signInTokens_;
    FieldSpec workspaceSchema_;
    PortalContext context_;
    PortalRequestHandler handler_;
    int port_ = 0;
    std::unique_ptr<HttpListener> listener_;
    bool running_ = false;
};

}  // namespace wop::server
