#include "server/request_reader.h"

#include <algorithm>
#include <optional>
#include <sstream>

#include <Poco/Exception.h>
#include <Poco/String.h>

namespace wop::server {

namespace {

constexpr std::size_t maxHeadBytes = 16 * 1024;

// The Content-Length the head declares: 0 when none, nothing when its
// values are not all the same number (two lengths are two ways to read
// where the request ends, and a proxy in front may have read the other).
std::optional<std::size_t> declaredLength(const Poco::Net::HTTPRequest& head) {
    std::optional<std::string> length;
    for (const auto& [name, value] : head) {
        if (Poco::icompare(name, Poco::Net::HTTPMessage::CONTENT_LENGTH) != 0) continue;
        const std::string trimmed = Poco::trim(value);
        if (trimmed.empty() || trimmed.size() > 15 || !std::all_of(trimmed.begin(), trimmed.end(), ::isdigit))
            return std::nullopt;
        if (length && *length != trimmed) return std::nullopt;
        length = trimmed;
    }
    return length ? std::stoull(*length) : 0;
}

}  // namespace

RequestReader::State RequestReader::add(std::string_view bytes) {
    if (state_ != State::Reading) return state_;
    buffer_.append(bytes);
    if (!headRead_) state_ = readHead();
    if (state_ == State::Reading && headRead_ && buffer_.size() >= bodyLength_) {
        buffer_.resize(bodyLength_);  // a request sent after it is not read: one request a connection
        request_.body = std::move(buffer_);
        state_ = State::Complete;
    }
    return state_;
}

RequestReader::State RequestReader::readHead() {
    const std::size_t end = buffer_.find("\r\n\r\n");
    if (end == std::string::npos) return buffer_.size() > maxHeadBytes ? State::Malformed : State::Reading;
    if (end + 4 > maxHeadBytes) return State::Malformed;
    std::istringstream head(buffer_.substr(0, end + 4));
    Poco::Net::HTTPRequest& request = request_.head;
    try {
        request.read(head);
    } catch (const Poco::Exception&) {
        return State::Malformed;
    }
    if (request.getVersion() != Poco::Net::HTTPMessage::HTTP_1_0 && request.getVersion() != Poco::Net::HTTPMessage::HTTP_1_1)
        return State::Malformed;
    if (request.has(Poco::Net::HTTPMessage::TRANSFER_ENCODING)) return State::LengthRequired;
    const auto length = declaredLength(request);
    if (!length) return State::Malformed;
    buffer_.erase(0, end + 4);
    headRead_ = true;
    if (*length > limit_(request)) {
        request_.bodyTooLarge = true;
        return State::Complete;
    }
    bodyLength_ = *length;
    expectContinue_ = bodyLength_ > 0 && Poco::icompare(request.get("Expect", ""), "100-continue") == 0;
    return State::Reading;
}

}  // namespace wop::server
