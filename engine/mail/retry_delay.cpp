#include "mail/retry_delay.h"

#include <algorithm>

namespace wop::mail {

std::chrono::seconds retryDelay(int failedAttempts) {
    std::chrono::seconds delay = firstRetryDelay;
    for (int i = 1; i < failedAttempts && delay < longestRetryDelay; ++i) delay *= 2;
    return std::min(delay, longestRetryDelay);
}

}  // namespace wop::mail
