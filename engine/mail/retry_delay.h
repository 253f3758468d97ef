#pragma once

#include <chrono>

namespace wop::mail {

// How long a message waits after its n-th failed attempt (n >= 1): one
// minute, doubling with each failure, at most six hours, so that a server
// down for a day is asked a few times an hour at first, then four times a day.
std::chrono::seconds retryDelay(int failedAttempts);

inline constexpr std::chrono::seconds firstRetryDelay{60};
inline constexpr std::chrono::seconds longestRetryDelay{6 * 60 * 60};

}  // namespace wop::mail
