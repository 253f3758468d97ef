#include "server/portal.h"

#include <Poco/Net/NetException.h>
#include <Poco/Net/ServerSocket.h>
#include <Poco/Net/SocketAddress.h>

#include "server/routes.h"

namespace wop::server {

Portal::Portal(const PortalSettings& settings, const store::StoreLocation& location)
    : settings_(settings),
      // A request thread holds at most two connections at once: a sign-in's
      // account failures, locked, and its address's bucket.
      data_(location, static_cast<std::time_t>(settings.sessionHours) * 3600, 2 * settings.threads),
      regenerator_(location, settings.batch),
      sharedLimits_(data_.pool().kind() == store::Database::Kind::PostgreSQL
                        ? std::make_unique<SharedLimits>(data_.pool())
                        : nullptr),
      limiter_(settings.requestsPerSecond, settings.burst, sharedLimits_.get(), "request "),
      signInThrottle_(settings.signInsPerSecond, settings.signInBurst, sharedLimits_.get()),
      workspaceSchema_(readWorkspaceSchema(settings.partnershipSchema)),
      context_{settings_, data_, regenerator_, signInThrottle_, signInTokens_, workspaceSchema_,
               Poco::Logger::get("wopdocs.portal")},
      handler_(context_, limiter_) {
    // Poco's ServerSocket(address) sets SO_REUSEPORT too: a second portal on
    // the same port would then start and take a share of the connections,
    // serving them from its own store. Only the address is reused (a port
    // left in TIME_WAIT by a portal just stopped).
    const Poco::Net::SocketAddress address(settings.bind, static_cast<Poco::UInt16>(settings.port));
    Poco::Net::ServerSocket socket;
    try {
        socket.bind(address, true, false);
        socket.listen(64);
    } catch (const Poco::Exception& e) {
        throw Poco::Net::NetException("cannot listen on " + address.toString() + ": " + e.message() +
                                      " (is another program, or another wopdocs serve, using the port?)");
    }
    port_ = socket.address().port();
    ListenerSettings listening;
    listening.workers = settings.threads;
    listening.requestDeadline = settings.requestDeadline;
    listening.connectionsPerAddress = settings.connectionsPerAddress;
    listening.uncappedAddresses = settings.trustedProxies;
    listener_ = std::make_unique<HttpListener>(
        socket, listening, [this](const Poco::Net::HTTPRequest& request) { return bodyLimit(request, settings_); },
        [this](ReceivedRequest& request, const Poco::Net::SocketAddress& peer, std::ostream& out) {
            handler_.handle(request, peer, out);
        });
}

Portal::~Portal() {
    stop();
}

void Portal::start() {
    listener_->start();
    running_ = true;
}

void Portal::stop() {
    if (!running_) return;
    running_ = false;
    listener_->stop();
}

}  // namespace wop::server
