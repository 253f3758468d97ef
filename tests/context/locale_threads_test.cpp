// One Locale (and so one Renderer) serves every thread of a batch.
#include <gtest/gtest.h>

#include <thread>
#include <vector>

#include "context/locale.h"

namespace wop::context {
namespace {

TEST(LocaleThreads, FormatsTheSameFromManyThreadsAtOnce) {
    const Locale locale(model::Lang::Ur, {Digits::Urdu});
    const model::Date date{2025, 3, 14};
    const std::string expectedDate = locale.date(date);
    const std::string expectedNumber = locale.number(1234567);
    const std::string expectedPercent = locale.percent(0.75);

    std::vector<std::thread> threads;
    std::vector<int> mismatches(8, 0);
    for (std::size_t t = 0; t < mismatches.size(); ++t) {
        threads.emplace_back([&, t] {
            for (int i = 0; i < 2000; ++i) {
                mismatches[t] += locale.date(date) != expectedDate;
                mismatches[t] += locale.number(1234567) != expectedNumber;
                mismatches[t] += locale.percent(0.75) != expectedPercent;
            }
        });
    }
    for (auto& thread : threads) thread.join();
    for (int count : mismatches) EXPECT_EQ(count, 0);
}

}  // namespace
}  // namespace wop::context
