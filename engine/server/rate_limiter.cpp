#include "server/rate_limiter.h"

#include <algorithm>

namespace wop::server {

namespace {

constexpr std::size_t manyClients = 10000;
// The database's buckets full again are deleted after this many tokens taken
// by a process.
constexpr unsigned tidyEvery = 1000;

}  // namespace

double secondsSinceEpoch(std::chrono::system_clock::time_point when) {
    return std::chrono::duration<double>(when.time_since_epoch()).count();
}

bool RateLimiter::allow(const std::string& client) {
    if (shared_) return allowShared(client);
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

bool RateLimiter::allowShared(const std::string& client) {
    const double now = secondsSinceEpoch();
    if (++sharedTakes_ % tidyEvery == 0) shared_->forgetBuckets(bucketPrefix_, now - burst_ / rate_);
    return shared_->take(bucketPrefix_ + client, rate_, burst_, now);
}

void RateLimiter::forgetFullBuckets(Clock::time_point now) {
    std::erase_if(buckets_, [&](const auto& entry) {
        const double elapsed = std::chrono::duration<double>(now - entry.second.last).count();
        return entry.second.tokens + elapsed * rate_ >= burst_;
    });
}

}  // namespace wop::server
