#include <gtest/gtest.h>

#include <stdexcept>

#include "mail/cron_expression.h"

namespace wop::mail {
namespace {

std::tm at(int year, int month, int day, int hour, int minute) {
    std::tm t{};
    t.tm_year = year - 1900;
    t.tm_mon = month - 1;
    t.tm_mday = day;
    t.tm_hour = hour;
    t.tm_min = minute;
    return t;
}

// "2025-03-14 02:00"
std::string text(const std::tm& t) {
    char out[32];
    std::strftime(out, sizeof out, "%Y-%m-%d %H:%M", &t);
    return out;
}

std::string next(const std::string& expression, const std::tm& from) {
    return text(CronExpression::parse(expression).next(from));
}

TEST(CronExpression, DailyAtTwo) {
    EXPECT_EQ(next("0 2 * * *", at(2025, 3, 14, 1, 59)), "2025-03-14 02:00");
    EXPECT_EQ(next("0 2 * * *", at(2025, 3, 14, 2, 0)), "2025-03-15 02:00");  // strictly after
    EXPECT_EQ(next("0 2 * * *", at(2025, 12, 31, 23, 30)), "2026-01-01 02:00");
}

TEST(CronExpression, Steps) {
    EXPECT_EQ(next("*/15 * * * *", at(2025, 3, 14, 9, 1)), "2025-03-14 09:15");
    EXPECT_EQ(next("*/15 * * * *", at(2025, 3, 14, 9, 45)), "2025-03-14 10:00");
    EXPECT_EQ(next("5-50/20 * * * *", at(2025, 3, 14, 9, 26)), "2025-03-14 09:45");
    EXPECT_EQ(next("0 */6 * * *", at(2025, 3, 14, 13, 0)), "2025-03-14 18:00");
}

TEST(CronExpression, ListsAndRanges) {
    EXPECT_EQ(next("30 8,12,17 * * *", at(2025, 3, 14, 12, 30)), "2025-03-14 17:30");
    EXPECT_EQ(next("0 9-11 * * *", at(2025, 3, 14, 11, 0)), "2025-03-15 09:00");
    EXPECT_EQ(next("0 0 1,15 * *", at(2025, 3, 2, 0, 0)), "2025-03-15 00:00");
}

TEST(CronExpression, WeekdaysWithSundayAsZeroOrSeven) {
    // 2025-03-14 is a Friday.
    EXPECT_EQ(next("0 2 * * 1-5", at(2025, 3, 14, 3, 0)), "2025-03-17 02:00");
    EXPECT_EQ(next("0 2 * * 0", at(2025, 3, 14, 3, 0)), "2025-03-16 02:00");
    EXPECT_EQ(next("0 2 * * 7", at(2025, 3, 14, 3, 0)), "2025-03-16 02:00");
}

TEST(CronExpression, EitherRestrictedDayFieldMatches) {
    // The 20th, or any Monday: Monday 2025-03-17 comes first.
    EXPECT_EQ(next("0 0 20 * 1", at(2025, 3, 14, 3, 0)), "2025-03-17 00:00");
}

TEST(CronExpression, MonthsAndLeapDays) {
    EXPECT_EQ(next("0 0 1 7 *", at(2025, 3, 14, 3, 0)), "2025-07-01 00:00");
    EXPECT_EQ(next("0 0 29 2 *", at(2025, 3, 14, 3, 0)), "2028-02-29 00:00");
}

TEST(CronExpression, RefusesWhatIsNotAnExpression) {
    for (const char* wrong : {"", "0 2 * *", "0 2 * * * *", "60 2 * * *", "0 24 * * *", "0 2 0 * *", "0 2 * 13 *",
                              "0 2 * * 8", "x 2 * * *", "5-1 * * * *", "*/0 * * * *", "1,,2 * * * *", "-1 * * * *",
                              "0 2 * * mon"}) {
        EXPECT_THROW(CronExpression::parse(wrong), std::invalid_argument) << wrong;
    }
}

TEST(CronExpression, ADayThatNeverComes) {
    const CronExpression cron = CronExpression::parse("0 0 31 2 *");
    EXPECT_THROW(cron.next(at(2025, 3, 14, 3, 0)), std::invalid_argument);
}

}  // namespace
}  // namespace wop::mail
