#include "server/rate_limiter.h"

#include <algorithm>

namespace wop::server {

namespace {

constexpr std::size_t manyClients = 10000;

}  // namespace

bool RateLimiter::allow(const std::string& client) {
    const Clock::time_point now = Clock::now();
    std::lock_guard lock(mutex_);
    if (buckets_.size() >= manyClients) forgetFullBuckets(now);
    auto [entry, added] = buckets_.try_emplace(client, Bucket{burst_, now});
    Bucket& bucket = entry->second;
    const double elapsed = std::chrono::duration<double>(now - bucket.last).count();
    bucket.tokens = std::min(burst_, bucket.tokens + elapsed * rate_);
    bucket.last = now;
    if (bucket.tokens < 1) return false;
    bucket.tokens -= 1;
    return true;
}

void RateLimiter::forgetFullBuckets(Clock::time_point now) {
    std::erase_if(buckets_, [&](const auto& entry) {
        const double elapsed = std::chrono::duration<double>(now - entry.second.last).count();
        return entry.second.tokens + elapsed * rate_ >= burst_;
    });
}

}  // namespace wop::server
