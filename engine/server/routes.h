// The portal's routes: each a method, a path pattern, who may use it, and
// whether it changes anything (then it needs the session's CSRF token).
// dispatch() checks all of that before a route's own code runs; the
// authorization of a partnership or a document is the route's, against the
// registry row and the account's utility.
#pragma once

#include <cstddef>

#include <Poco/Net/HTTPRequest.h>

#include "server/exchange.h"
#include "server/portal_context.h"

namespace wop::server {

// Answers the exchange, whose body and session are set. Throws only on
// failures of the portal itself (the store), which the caller answers with 500.
void dispatch(PortalContext& context, Exchange& exchange);

// Whether the request sends a file (a signed copy to file, a PDF to
// verify, a partnership file to import), whose body may be as large as a
// file the settings allow, where every other request's is small.
bool isUpload(const Poco::Net::HTTPRequest& request);
std::size_t bodyLimit(const Poco::Net::HTTPRequest& request, const PortalSettings& settings);

}  // namespace wop::server
