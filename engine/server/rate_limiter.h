// A token bucket per client address: each request takes a token, tokens
// come back at a steady rate up to a burst. Thread-safe.
#pragma once

#include <chrono>
#include <mutex>
#include <string>
#include <unordered_map>

namespace wop::server {

class RateLimiter {
public:
    RateLimiter(double requestsPerSecond, double burst) : rate_(requestsPerSecond), burst_(burst) {}

    double rate() const { return rate_; }
    // Takes a token of `client`'s bucket; false when it is empty.
    bool allow(const std::string& client);

private:
    using Clock = std::chrono::steady_clock;
    struct Bucket {
        double tokens;
        Clock::time_point last;
    };

    // Buckets full again are the same as none: dropped when the map grows
    // large, so that many addresses cannot fill the memory.
    void forgetFullBuckets(Clock::time_point now);

    double rate_;
    double burst_;
    std::mutex mutex_;
    std::unordered_map<std::string, Bucket> buckets_;
};

}  // namespace wop::server
