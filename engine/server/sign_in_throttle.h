// Sign-in attempts, throttled apart from page requests, before any
// password is checked (each check costs PBKDF2's 600 000 iterations).
// Per account: after a few failures each attempt waits, twice as long after
// each further failure, up to five minutes; an unknown name is counted as
// any other, so that the answer says nothing of which names exist. Per
// client address: a token bucket of attempts, whatever the names.
// In memory, where a restart forgets the failures; or in the database, shared
// by the portals on it (SharedLimits). Thread-safe.
#pragma once

#include <atomic>
#include <chrono>
#include <mutex>
#include <optional>
#include <string>
#include <unordered_map>

#include "server/rate_limiter.h"

namespace wop::server {

class SignInThrottle {
public:
    // The machine's: several portals compare the times they keep.
    using Clock = std::chrono::system_clock;

    static constexpr int freeFailures = 3;
    static constexpr std::chrono::seconds longestWait{300};
    // Failures are forgotten after an hour without one.
    static constexpr std::chrono::seconds memory{3600};

    // `perSecond` and `burst`: each client address's attempts. `shared`:
    // the database's failures and buckets instead of memory.
    SignInThrottle(double perSecond, double burst, SharedLimits* shared = nullptr)
        : shared_(shared), addresses_(perSecond, burst, shared, "sign-in ") {}

    // Nothing when an attempt to sign in as `name` from `client` may go
    // ahead now; else the seconds to wait. An attempt let through takes
    // one of the address's tokens and counts as a failure until it
    // succeeds, so that attempts sent at once wait as those sent in turn.
    std::optional<int> admit(const std::string& name, const std::string& client, Clock::time_point now = Clock::now());
    // The attempt let through was right: the account's failures are forgotten.
    void succeeded(const std::string& name);

    // The wait after `failures` failures in a row.
    static std::chrono::seconds waitAfter(int failures);

private:
    struct Failures {
        int count = 0;
        Clock::time_point last;
    };
    // Whether an attempt with the account's `failures` may go ahead, which
    // it then counts; while no other attempt for the account can.
    std::optional<int> decide(Failures& failures, const std::string& client, Clock::time_point now);
    std::optional<int> admitShared(const std::string& account, const std::string& client, Clock::time_point now);
    void forgetOld(Clock::time_point now);

    SharedLimits* shared_;
    std::atomic<unsigned> sharedAdmits_{0};
    std::mutex mutex_;
    std::unordered_map<std::string, Failures> accounts_;  // by the name in lower case
    RateLimiter addresses_;
};

}  // namespace wop::server
