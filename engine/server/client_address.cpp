#include "server/client_address.h"

#include <algorithm>

#include <Poco/String.h>
#include <Poco/StringTokenizer.h>

namespace wop::server {

std::string clientAddress(const Poco::Net::HTTPRequest& request, const Poco::Net::IPAddress& peer,
                          const std::vector<Poco::Net::IPAddress>& trustedProxies) {
    auto trusted = [&](const Poco::Net::IPAddress& address) {
        return std::find(trustedProxies.begin(), trustedProxies.end(), address) != trustedProxies.end();
    };
    if (!trusted(peer)) return peer.toString();
    std::string forwarded;
    for (const auto& [name, value] : request)
        if (Poco::icompare(name, "X-Forwarded-For") == 0) forwarded += (forwarded.empty() ? "" : ",") + value;
    const Poco::StringTokenizer hops(forwarded, ",", Poco::StringTokenizer::TOK_TRIM | Poco::StringTokenizer::TOK_IGNORE_EMPTY);
    Poco::Net::IPAddress client = peer;
    for (auto hop = hops.end(); hop != hops.begin();) {
        Poco::Net::IPAddress address;
        if (!Poco::Net::IPAddress::tryParse(*--hop, address)) return peer.toString();
        client = address;
        if (!trusted(address)) break;
    }
    return client.toString();
}

}  // namespace wop::server
