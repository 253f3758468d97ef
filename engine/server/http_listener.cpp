#include "server/http_listener.h"

#include <algorithm>
#include <cerrno>
#include <cstring>

#include <Poco/Net/SocketStream.h>
#include <Poco/Net/StreamSocketImpl.h>
#include <poll.h>
#include <sys/socket.h>

namespace wop::server {

struct HttpListener::Reading {
    Poco::Net::StreamSocket socket;
    Poco::Net::SocketAddress peer;
    std::unique_ptr<RequestReader> reader;
    Clock::time_point started;
    Clock::time_point deadline;
    bool bodyTimed = false;  // the deadline counts the body's length
    // Answered before its request was read whole: what it still sends is
    // read and dropped for a moment, since closing a socket with bytes
    // unread resets the connection, and the client may lose the answer.
    bool lingering = false;
};

namespace {

// The loop's longest sleep: how soon it sees a deadline passed or the portal stopping.
constexpr std::chrono::milliseconds pollInterval{100};
constexpr std::chrono::seconds lingerTime{2};

void sendWithoutWaiting(Poco::Net::StreamSocket& socket, std::string_view bytes) {
    ::send(socket.impl()->sockfd(), bytes.data(), bytes.size(), MSG_NOSIGNAL | MSG_DONTWAIT);
}

}  // namespace

HttpListener::HttpListener(Poco::Net::ServerSocket socket, ListenerSettings settings, RequestReader::BodyLimit bodyLimit,
                           Handler handler)
    : socket_(std::move(socket)), settings_(std::move(settings)), bodyLimit_(std::move(bodyLimit)), handler_(std::move(handler)) {
    socket_.setBlocking(false);
}

HttpListener::~HttpListener() {
    stop();
}

void HttpListener::start() {
    reader_ = std::thread([this] { readConnections(); });
    for (int i = 0; i < settings_.workers; ++i) workers_.emplace_back([this] { answer(); });
}

void HttpListener::stop() {
    {
        std::lock_guard lock(mutex_);
        stopping_ = true;
    }
    queued_.notify_all();
    if (reader_.joinable()) reader_.join();
    for (std::thread& worker : workers_) worker.join();
    workers_.clear();
}

void HttpListener::readConnections() {
    std::vector<std::unique_ptr<Reading>> reading;
    std::vector<pollfd> polled;
    for (;;) {
        {
            std::lock_guard lock(mutex_);
            if (stopping_) break;
        }
        Clock::time_point wake = Clock::now() + pollInterval;
        polled.assign(1, pollfd{socket_.impl()->sockfd(), POLLIN, 0});
        for (const auto& connection : reading) {
            polled.push_back({connection->socket.impl()->sockfd(), POLLIN, 0});
            wake = std::min(wake, connection->deadline);
        }
        const auto wait = std::chrono::ceil<std::chrono::milliseconds>(wake - Clock::now());
        if (::poll(polled.data(), polled.size(), static_cast<int>(std::max<long>(wait.count(), 0))) < 0 && errno != EINTR)
            break;
        const Clock::time_point now = Clock::now();
        // The connections read before those accepted now, whose entries `polled` has not.
        std::vector<std::unique_ptr<Reading>> still;
        for (std::size_t i = 0; i < reading.size(); ++i) {
            Reading& connection = *reading[i];
            if ((polled[i + 1].revents & (POLLIN | POLLHUP | POLLERR)) && !receive(connection)) continue;
            if (now >= connection.deadline) {
                if (connection.lingering) {
                    close(connection);
                    continue;
                }
                answerEarly(connection, "408 Request Timeout");
            }
            still.push_back(std::move(reading[i]));
        }
        reading = std::move(still);
        if (polled[0].revents & POLLIN) accept(reading);
    }
    for (const auto& connection : reading) close(*connection);
}

void HttpListener::accept(std::vector<std::unique_ptr<Reading>>& reading) {
    for (;;) {
        sockaddr_storage address{};
        socklen_t length = sizeof address;
        const int fd = ::accept4(socket_.impl()->sockfd(), reinterpret_cast<sockaddr*>(&address), &length,
                                 SOCK_NONBLOCK | SOCK_CLOEXEC);
        if (fd < 0) return;  // none waiting (or a connection reset before it was taken)
        Poco::Net::StreamSocket socket(new Poco::Net::StreamSocketImpl(fd));
        const Poco::Net::SocketAddress peer(reinterpret_cast<const sockaddr*>(&address), length);
        bool admitted;
        {
            std::lock_guard lock(mutex_);
            std::size_t& ofPeer = connectionsOf_[peer.host()];
            admitted = connections_ < settings_.maxConnections &&
                       (ofPeer < settings_.connectionsPerAddress || isUncapped(peer));
            if (admitted) {
                ++ofPeer;
                ++connections_;
            } else if (ofPeer == 0) {
                connectionsOf_.erase(peer.host());
            }
        }
        if (!admitted) {
            // Not counted: the answer goes straight out, and the socket is closed.
            sendWithoutWaiting(socket, "HTTP/1.1 503 Service Unavailable\r\nRetry-After: 1\r\nContent-Length: 0\r\n"
                                       "Connection: close\r\n\r\n");
            socket.close();
            continue;
        }
        const Clock::time_point now = Clock::now();
        reading.push_back(std::make_unique<Reading>(
            Reading{socket, peer, std::make_unique<RequestReader>(bodyLimit_), now, now + settings_.requestDeadline}));
    }
}

bool HttpListener::receive(Reading& connection) {
    char buffer[16 * 1024];
    RequestReader::State state = RequestReader::State::Reading;
    for (;;) {
        const ssize_t received = ::recv(connection.socket.impl()->sockfd(), buffer, sizeof buffer, MSG_DONTWAIT);
        if (received < 0 && errno == EINTR) continue;
        if (received < 0 && (errno == EAGAIN || errno == EWOULDBLOCK)) break;
        if (received <= 0) {  // the client left, or its connection failed
            close(connection);
            return false;
        }
        if (connection.lingering) continue;
        state = connection.reader->add(std::string_view(buffer, static_cast<std::size_t>(received)));
        if (state != RequestReader::State::Reading) break;
    }
    if (connection.lingering) return true;
    switch (state) {
    case RequestReader::State::Reading: {
        const RequestReader& reader = *connection.reader;
        if (reader.headRead() && !connection.bodyTimed) {
            // The body's time, known now that its length is.
            connection.deadline = connection.started + settings_.requestDeadline +
                                  std::chrono::seconds(reader.bodyLength() / settings_.bodyBytesPerSecond);
            connection.bodyTimed = true;
            if (reader.expectsContinue()) sendWithoutWaiting(connection.socket, "HTTP/1.1 100 Continue\r\n\r\n");
        }
        return true;
    }
    case RequestReader::State::Malformed:
        answerEarly(connection, "400 Bad Request");
        return true;
    case RequestReader::State::LengthRequired:
        answerEarly(connection, "411 Length Required");
        return true;
    case RequestReader::State::Complete:
        break;
    }
    {
        std::lock_guard lock(mutex_);
        if (queue_.size() < settings_.maxQueued) {
            queue_.push_back({connection.socket, connection.peer, std::move(connection.reader)});
            queued_.notify_one();
            releaseLocked(connection.peer);  // read: the workers, not the address, hold it now
            return false;
        }
    }
    answerEarly(connection, "503 Service Unavailable");
    return true;
}

void HttpListener::answer() {
    for (;;) {
        Ready ready;
        {
            std::unique_lock lock(mutex_);
            queued_.wait(lock, [&] { return stopping_ || !queue_.empty(); });
            if (queue_.empty()) return;  // stopping, every request read answered
            ready = std::move(queue_.front());
            queue_.pop_front();
        }
        try {
            ready.socket.setBlocking(true);
            ready.socket.setSendTimeout(Poco::Timespan(settings_.sendTimeout.count(), 0));
            Poco::Net::SocketOutputStream out(ready.socket);
            handler_(ready.reader->request(), ready.peer, out);
            out.flush();
        } catch (const Poco::Exception&) {
            // The client left or stopped reading: nothing more to tell it.
        }
        try {
            ready.socket.shutdownSend();
        } catch (const Poco::Exception&) {
            // gone already
        }
        ready.socket.close();
    }
}

void HttpListener::answerEarly(Reading& connection, const char* statusLine) {
    sendWithoutWaiting(connection.socket,
                       std::string("HTTP/1.1 ") + statusLine + "\r\nContent-Length: 0\r\nConnection: close\r\n\r\n");
    ::shutdown(connection.socket.impl()->sockfd(), SHUT_WR);
    connection.lingering = true;
    connection.deadline = Clock::now() + lingerTime;
}

void HttpListener::close(Reading& connection) {
    connection.socket.close();
    release(connection.peer);
}

void HttpListener::release(const Poco::Net::SocketAddress& peer) {
    std::lock_guard lock(mutex_);
    releaseLocked(peer);
}

void HttpListener::releaseLocked(const Poco::Net::SocketAddress& peer) {
    const auto counted = connectionsOf_.find(peer.host());
    if (counted != connectionsOf_.end() && --counted->second == 0) connectionsOf_.erase(counted);
    --connections_;
}

bool HttpListener::isUncapped(const Poco::Net::SocketAddress& peer) const {
    return std::find(settings_.uncappedAddresses.begin(), settings_.uncappedAddresses.end(), peer.host()) !=
           settings_.uncappedAddresses.end();
}

}  // namespace wop::server
