// The address a request comes from, for the rate limits and the log: its
// connection's peer; or, when the peer is a proxy the settings trust
// (`portal.trusted-proxies`), the client that proxy forwards for, as its
// X-Forwarded-For header says. Anyone else's X-Forwarded-For is ignored:
// a client could name any address in it.
#pragma once

#include <string>
#include <vector>

#include <Poco/Net/HTTPRequest.h>
#include <Poco/Net/IPAddress.h>

namespace wop::server {

// The rightmost address of X-Forwarded-For that is not a trusted proxy
// (each proxy appends the address it was reached from); the peer when the
// header is missing or one of the addresses it names is not an address.
std::string clientAddress(const Poco::Net::HTTPRequest& request, const Poco::Net::IPAddress& peer,
                          const std::vector<Poco::Net::IPAddress>& trustedProxies);

}  // namespace wop::server
