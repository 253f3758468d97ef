// A token bucket per client address: each request takes a token, tokens
// come back at a steady rate up to a burst. In memory, or in the database
// when several portals share one (SharedLimits). Thread-safe.
#pragma once

#include <atomic>
#include <chrono>
#include <mutex>
#include <string>
#include <unordered_map>

#include "server/shared_limits.h"

namespace wop::server {

class RateLimiter {
public:
    // `shared`: the database's buckets instead of memory, each named
    // `bucketPrefix` and the client address.
    RateLimiter(double requestsPerSecond, double burst, SharedLimits* shared = nullptr, std::string bucketPrefix = "")
        : rate_(requestsPerSecond), burst_(burst), shared_(shared), bucketPrefix_(std::move(bucketPrefix)) {}

    double rate() const { return rate_; }
    // Takes a token of `client`'s bucket; false when it is empty.
    bool allow(const std::string& client);

private:
    using Clock = std::chrono::steady_clock;
    struct Bucket {
        double tokens;
        Clock::time_point last;
    };

    bool allowShared(const std::string& client);
    // Buckets full again are the same as none: dropped when the map grows
    // large, so that many addresses cannot fill the memory.
    void forgetFullBuckets(Clock::time_point now);

    double rate_;
    double burst_;
    SharedLimits* shared_;
    std::string bucketPrefix_;
    std::atomic<unsigned> sharedTakes_{0};
    std::mutex mutex_;
    std::unordered_map<std::string, Bucket> buckets_;
};

// Now, in seconds since 1970: the time SharedLimits keeps.
double secondsSinceEpoch(std::chrono::system_clock::time_point when = std::chrono::system_clock::now());

}  // namespace wop::server
