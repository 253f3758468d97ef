#include "server/sign_in_throttle.h"

#include <algorithm>
#include <cmath>

#include <Poco/String.h>

namespace wop::server {

namespace {

constexpr std::size_t manyAccounts = 10000;

}  // namespace

std::chrono::seconds SignInThrottle::waitAfter(int failures) {
    if (failures < freeFailures) return std::chrono::seconds(0);
    const int doublings = std::min(failures - freeFailures, 16);
    return std::min(std::chrono::seconds(1LL << doublings), longestWait);
}

std::optional<int> SignInThrottle::admit(const std::string& name, const std::string& client, Clock::time_point now) {
    std::lock_guard lock(mutex_);
    const std::string key = Poco::toLower(name);
    if (const auto found = accounts_.find(key); found != accounts_.end() && now - found->second.last < memory) {
        const Clock::time_point allowed = found->second.last + waitAfter(found->second.count);
        if (now < allowed) return static_cast<int>(std::chrono::ceil<std::chrono::seconds>(allowed - now).count());
    }
    if (!addresses_.allow(client)) return static_cast<int>(std::ceil(1 / addresses_.rate()));
    if (accounts_.size() >= manyAccounts) forgetOld(now);
    Failures& failures = accounts_[key];
    if (now - failures.last >= memory) failures.count = 0;
    ++failures.count;
    failures.last = now;
    return std::nullopt;
}

void SignInThrottle::succeeded(const std::string& name) {
    std::lock_guard lock(mutex_);
    accounts_.erase(Poco::toLower(name));
}

void SignInThrottle::forgetOld(Clock::time_point now) {
    std::erase_if(accounts_, [&](const auto& entry) { return now - entry.second.last >= memory; });
}

}  // namespace wop::server
