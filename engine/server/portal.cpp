#include "server/portal.h"

#include <Poco/Net/HTTPServerParams.h>
#include <Poco/Net/NetException.h>
#include <Poco/Net/ServerSocket.h>
#include <Poco/Net/SocketAddress.h>

#include "server/portal_request_handler_factory.h"

namespace wop::server {

Portal::Portal(const PortalSettings& settings, const store::StoreLocation& location)
    : settings_(settings),
      data_(location, static_cast<std::time_t>(settings.sessionHours) * 3600),
      regenerator_(location, settings.batch),
      limiter_(settings.requestsPerSecond, settings.burst),
      context_{settings_, data_, regenerator_, Poco::Logger::get("wopdocs.portal")} {
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
    Poco::Net::HTTPServerParams::Ptr params = new Poco::Net::HTTPServerParams;
    params->setMaxThreads(settings.threads);
    params->setMaxQueued(256);
    // One request per connection. Poco 1.11 reads a request's head through
    // a char that it widens with its sign, so a byte 0xFF reads as the end of
    // the stream: it vanishes, splits its line, and can end the head early,
    // leaving the rest of the request to be read as another one. A proxy in
    // front would then take two answers for one request.
    params->setKeepAlive(false);
    params->setTimeout(Poco::Timespan(15, 0));  // a client that stops sending is let go
    params->setServerName("wopdocs");
    server_ = std::make_unique<Poco::Net::HTTPServer>(new PortalRequestHandlerFactory(context_, limiter_), socket, params);
}

Portal::~Portal() {
    stop();
}

void Portal::start() {
    server_->start();
    running_ = true;
}

void Portal::stop() {
    if (!running_) return;
    running_ = false;
    server_->stopAll(true);
}

}  // namespace wop::server
