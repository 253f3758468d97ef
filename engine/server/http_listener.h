// The portal's connections, accepted and read by one thread before any
// worker is given to them. A worker thread per connection, reading with a
// timeout per read as Poco's HTTPServer does, is held by a client that
// sends a byte now and then; here a request is read whole, its head and
// body, under one deadline for all of it, many at a time (poll), and only
// a request complete is handed to the workers. A connection past its
// deadline is answered 408 and closed; an address may have only so many
// connections being read at once.
#pragma once

#include <chrono>
#include <condition_variable>
#include <deque>
#include <functional>
#include <map>
#include <memory>
#include <mutex>
#include <ostream>
#include <string>
#include <thread>
#include <vector>

#include <Poco/Net/IPAddress.h>
#include <Poco/Net/ServerSocket.h>
#include <Poco/Net/SocketAddress.h>
#include <Poco/Net/StreamSocket.h>

#include "server/request_reader.h"

namespace wop::server {

struct ListenerSettings {
    int workers = 8;
    // A request's head and a small body arrive within this; a body gets a
    // second more for each `bodyBytesPerSecond` it declares.
    std::chrono::milliseconds requestDeadline{10000};
    std::size_t bodyBytesPerSecond = 64 * 1024;
    // Connections an address may have being read at once (a request read
    // whole waits for a worker, as any other); those from
    // `uncappedAddresses` (the proxies in front, which carry everyone's) any
    // number, up to `maxConnections` being read in all.
    std::size_t connectionsPerAddress = 8;
    std::vector<Poco::Net::IPAddress> uncappedAddresses;
    std::size_t maxConnections = 1000;
    std::size_t maxQueued = 256;  // requests read, waiting for a worker
    std::chrono::seconds sendTimeout{15};  // an answer's client that stops reading is let go
};

class HttpListener {
public:
    // Answers a request read whole, writing the response to `out`; the
    // connection is closed after it.
    using Handler = std::function<void(ReceivedRequest& request, const Poco::Net::SocketAddress& peer, std::ostream& out)>;

    HttpListener(Poco::Net::ServerSocket socket, ListenerSettings settings, RequestReader::BodyLimit bodyLimit,
                 Handler handler);
    ~HttpListener();  // stops it

    void start();
    // Stops accepting and reading, and waits for the requests read to be answered.
    void stop();

private:
    struct Reading;  // a connection whose request is being read
    struct Ready {
        Poco::Net::StreamSocket socket;
        Poco::Net::SocketAddress peer;
        std::unique_ptr<RequestReader> reader;
    };
    using Clock = std::chrono::steady_clock;

    void readConnections();
    void accept(std::vector<std::unique_ptr<Reading>>& reading);
    // Reads what arrived; false when the connection is done with here (handed on or closed).
    bool receive(Reading& connection);
    void answer();
    // Writes a short answer without waiting, then lingers (Reading::lingering).
    void answerEarly(Reading& connection, const char* statusLine);
    void close(Reading& connection);
    // A connection no longer being read.
    void release(const Poco::Net::SocketAddress& peer);
    void releaseLocked(const Poco::Net::SocketAddress& peer);
    bool isUncapped(const Poco::Net::SocketAddress& peer) const;

    Poco::Net::ServerSocket socket_;
    ListenerSettings settings_;
    RequestReader::BodyLimit bodyLimit_;
    Handler handler_;

    std::mutex mutex_;  // guards the members below
    std::condition_variable queued_;
    std::deque<Ready> queue_;
    std::map<Poco::Net::IPAddress, std::size_t> connectionsOf_;
    std::size_t connections_ = 0;
    bool stopping_ = false;

    std::thread reader_;
    std::vector<std::thread> workers_;
};

}  // namespace wop::server
