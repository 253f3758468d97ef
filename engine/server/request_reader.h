// A request read whole from the bytes of its connection as they arrive,
// before any of the portal's threads is given to it: its head, at most
// 16 KiB, then its body, as long as its one Content-Length says. A body
// longer than its route allows is not read at all.
#pragma once

#include <cstddef>
#include <functional>
#include <string>
#include <string_view>

#include <Poco/Net/HTTPRequest.h>

namespace wop::server {

struct ReceivedRequest {
    Poco::Net::HTTPRequest head;
    std::string body;
    bool bodyTooLarge = false;  // its Content-Length is over its limit; the body was not read
};

class RequestReader {
public:
    enum class State {
        Reading,
        Complete,
        Malformed,       // no HTTP/1.0 or 1.1 head, a head over 16 KiB, a Content-Length not one number
        LengthRequired,  // a body sent with Transfer-Encoding instead of its length
    };

    // The most a request's body may hold, given its head.
    using BodyLimit = std::function<std::size_t(const Poco::Net::HTTPRequest&)>;
    explicit RequestReader(BodyLimit limit) : limit_(std::move(limit)) {}

    // Takes the bytes that arrived; what the request is now.
    State add(std::string_view bytes);
    bool headRead() const { return headRead_; }
    // The head asks for "100 Continue" before the body it will send.
    bool expectsContinue() const { return expectContinue_; }
    // The body's declared length, once the head is read.
    std::size_t bodyLength() const { return bodyLength_; }
    // The request, once Complete.
    ReceivedRequest& request() { return request_; }

private:
    State readHead();

    BodyLimit limit_;
    std::string buffer_;  // the head until it is read, then the body
    State state_ = State::Reading;
    bool headRead_ = false;
    bool expectContinue_ = false;
    std::size_t bodyLength_ = 0;
    ReceivedRequest request_;
};

}  // namespace wop::server
