// A portal on 127.0.0.1 over a copy of the sample store, with three
// accounts: a user of WASA Lahore (mentor of lahore-faisalabad-nrw), a user
// of WASA Multan (mentee of rawalpindi-multan-billing) and the facilitator.
// Tests speak HTTP to it like any client.
#pragma once

#include <map>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include <Poco/Net/StreamSocket.h>

#include "http_client.h"
#include "sample_store.h"
#include "server/portal.h"

namespace wop::test {

class PortalServer {
public:
    explicit PortalServer(server::PortalSettings settings = fastSettings());
    ~PortalServer();

    int port() const { return portal_->port(); }
    const std::filesystem::path& dataDir() const { return samples_.dataDir(); }
    HttpResponse send(const HttpRequest& request) const;
    HttpResponse get(const std::string& target, const Client& client = {}) const;
    // A connection to the portal from `from`, one of the loopback addresses
    // (127.0.0.2 is another client than 127.0.0.1).
    Poco::Net::StreamSocket connect(const std::string& from = "127.0.0.1") const;
    // Sends `bytes` as they are, and returns all the portal answers until it closes the connection.
    std::string exchangeBytes(const std::string& bytes, const std::string& from = "127.0.0.1") const;
    // Imports `json` as partnership file `id`, beside the samples' images, as
    // an administrator would; throws unless it updated the stored file.
    void importPartnership(const std::string& id, const std::string& json) const;
    // Regenerates a partnership as the facilitator, through the API, and
    // waits for it; the regeneration's final state ("succeeded").
    std::string regenerate(const std::string& partnership) const;
    // Signs in through the API; throws when refused.
    Client signIn(const std::string& name) const;

    // No rate limit in the way of the tests that are not about it.
    static server::PortalSettings fastSettings();

private:
    SampleStore samples_;
    std::unique_ptr<server::Portal> portal_;
};

}  // namespace wop::test
