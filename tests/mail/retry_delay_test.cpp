#include <gtest/gtest.h>

#include "mail/retry_delay.h"

namespace wop::mail {
namespace {

TEST(RetryDelay, DoublesFromOneMinuteUpToSixHours) {
    EXPECT_EQ(retryDelay(1).count(), 60);
    EXPECT_EQ(retryDelay(2).count(), 120);
    EXPECT_EQ(retryDelay(3).count(), 240);
    EXPECT_EQ(retryDelay(9).count(), 60 * 256);
    EXPECT_EQ(retryDelay(10).count(), 6 * 3600);
    EXPECT_EQ(retryDelay(1000).count(), 6 * 3600);
}

}  // namespace
}  // namespace wop::mail
