// What the portal's limits count, kept in the database instead of each
// process's memory, so that several portals on one PostgreSQL database
// (docs/deploy.md) count a client's requests and an account's failed
// sign-ins together: a client spread over them by a proxy gets no more
// than from one. Times are the machines' clocks, in seconds since 1970
// (keep them in step, NTP). Thread-safe: each call takes a connection of
// the pool.
#pragma once

#include <functional>
#include <optional>
#include <string>

#include "store/database_pool.h"

namespace wop::server {

class SharedLimits {
public:
    explicit SharedLimits(store::DatabasePool& pool) : pool_(pool) {}

    // A token of the token bucket `bucket` (`rate` tokens a second, up to
    // `burst`), taken at `at` in one statement; false when it is empty.
    bool take(const std::string& bucket, double rate, double burst, double at);

    // An account's failures in a row and when the last was.
    struct Failures {
        int count = 0;
        double last = 0;
    };
    // `decide` reads and changes the account's failures while no other
    // process can (the row locked), and its answer is returned.
    std::optional<int> withFailures(const std::string& account,
                                    const std::function<std::optional<int>(Failures&)>& decide);
    void forget(const std::string& account);
    // Forgets the buckets whose name starts with `prefix` untouched since
    // `before` (full again: the same as none), and the failures untouched
    // since `before`.
    void forgetBuckets(const std::string& prefix, double before);
    void forgetFailures(double before);

private:
    store::DatabasePool& pool_;
};

}  // namespace wop::server
