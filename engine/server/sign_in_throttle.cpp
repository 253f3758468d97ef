#include "server/sign_in_throttle.h"

#include <algorithm>
#include <cmath>

#include <Poco/String.h>

namespace wop::server {

namespace {

constexpr std::size_t manyAccounts = 10000;
// The database's failures forgotten are deleted after this many attempts by a process.
constexpr unsigned tidyEvery = 1000;

SignInThrottle::Clock::time_point fromSeconds(double seconds) {
    return SignInThrottle::Clock::time_point(
        std::chrono::duration_cast<SignInThrottle::Clock::duration>(std::chrono::duration<double>(seconds)));
}

}  // namespace

std::chrono::seconds SignInThrottle::waitAfter(int failures) {
    if (failures < freeFailures) return std::chrono::seconds(0);
    const int doublings = std::min(failures - freeFailures, 16);
    return std::min(std::chrono::seconds(1LL << doublings), longestWait);
}

std::optional<int> SignInThrottle::admit(const std::string& name, const std::string& client, Clock::time_point now) {
    const std::string account = Poco::toLower(name);
    if (shared_) return admitShared(account, client, now);
    std::lock_guard lock(mutex_);
    if (accounts_.size() >= manyAccounts) forgetOld(now);
    return decide(accounts_[account], client, now);
}

std::optional<int> SignInThrottle::admitShared(const std::string& account, const std::string& client,
                                               Clock::time_point now) {
    if (++sharedAdmits_ % tidyEvery == 0) shared_->forgetFailures(secondsSinceEpoch(now - memory));
    return shared_->withFailures(account, [&](SharedLimits::Failures& stored) {
        Failures failures{stored.count, fromSeconds(stored.last)};
        const std::optional<int> wait = decide(failures, client, now);
        stored = {failures.count, secondsSinceEpoch(failures.last)};
        return wait;
    });
}

std::optional<int> SignInThrottle::decide(Failures& failures, const std::string& client, Clock::time_point now) {
    if (now - failures.last < memory) {
        const Clock::time_point allowed = failures.last + waitAfter(failures.count);
        if (now < allowed) return static_cast<int>(std::chrono::ceil<std::chrono::seconds>(allowed - now).count());
    }
    if (!addresses_.allow(client)) return static_cast<int>(std::ceil(1 / addresses_.rate()));
    if (now - failures.last >= memory) failures.count = 0;
    ++failures.count;
    failures.last = now;
    return std::nullopt;
}

void SignInThrottle::succeeded(const std::string& name) {
    if (shared_) return shared_->forget(Poco::toLower(name));
    std::lock_guard lock(mutex_);
    accounts_.erase(Poco::toLower(name));
}

void SignInThrottle::forgetOld(Clock::time_point now) {
    std::erase_if(accounts_, [&](const auto& entry) { return now - entry.second.last >= memory; });
}

}  // namespace wop::server
