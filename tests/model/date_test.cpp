#include <gtest/gtest.h>

#include "model/date.h"

namespace wop::model {
namespace {

TEST(Date, ParsesAnIsoDate) {
    auto date = Date::parse("2025-03-14");
    ASSERT_TRUE(date);
    EXPECT_EQ(date->year, 2025);
    EXPECT_EQ(date->month, 3);
    EXPECT_EQ(date->day, 14);
}

TEST(Date, AcceptsTheLeapDayOfALeapYearOnly) {
    EXPECT_TRUE(Date::parse("2024-02-29"));
    EXPECT_TRUE(Date::parse("2000-02-29"));
    EXPECT_FALSE(Date::parse("2025-02-29"));
    EXPECT_FALSE(Date::parse("1900-02-29"));
}

TEST(Date, RejectsWhatIsNotARealDateInTheIsoForm) {
    for (const char* text : {"2025-02-30", "2025-13-01", "2025-00-10", "2025-04-31", "2025-01-00", "2025-3-14",
                             "14-03-2025", "2025/03/14", "2025-03-14T10:00", " 2025-03-14", "+025-03-14", ""}) {
        EXPECT_FALSE(Date::parse(text)) << text;
    }
}

TEST(Date, PrintsAsIso) {
    EXPECT_EQ((Date{2025, 3, 4}).iso(), "2025-03-04");
    EXPECT_EQ(Date::parse("0999-12-31")->iso(), "0999-12-31");
}

TEST(Date, CountsDaysSinceTheEpoch) {
    EXPECT_EQ((Date{1970, 1, 1}).daysSinceEpoch(), 0);
    EXPECT_EQ((Date{1970, 1, 2}).daysSinceEpoch(), 1);
    EXPECT_EQ((Date{1969, 12, 31}).daysSinceEpoch(), -1);
    EXPECT_EQ((Date{2000, 3, 1}).daysSinceEpoch(), 11017);
    EXPECT_EQ((Date{2025, 1, 1}).daysSinceEpoch() - (Date{2024, 1, 1}).daysSinceEpoch(), 366);
}

TEST(Date, OrdersByCalendar) {
    EXPECT_LT((Date{2024, 12, 31}), (Date{2025, 1, 1}));
    EXPECT_LT((Date{2025, 1, 31}), (Date{2025, 2, 1}));
    EXPECT_EQ((Date{2025, 2, 1}), *Date::parse("2025-02-01"));
}

TEST(MonthsBetween, CountsWholeMonths) {
    EXPECT_DOUBLE_EQ(monthsBetween({2025, 1, 15}, {2025, 8, 15}), 7.0);
    EXPECT_DOUBLE_EQ(monthsBetween({2024, 11, 1}, {2025, 2, 1}), 3.0);
    EXPECT_DOUBLE_EQ(monthsBetween({2025, 3, 1}, {2025, 3, 1}), 0.0);
}

TEST(MonthsBetween, CountsAPartialMonthAsAFraction) {
    EXPECT_DOUBLE_EQ(monthsBetween({2025, 6, 1}, {2025, 6, 16}), 0.5);               // 15 of June's 30 days
    EXPECT_DOUBLE_EQ(monthsBetween({2024, 6, 1}, {2024, 12, 31}), 6.0 + 30.0 / 31);  // December has 31
}

TEST(MonthsBetween, HoldsTheEndOfALongMonthToTheEndOfAShortOne) {
    EXPECT_DOUBLE_EQ(monthsBetween({2025, 1, 31}, {2025, 2, 28}), 1.0);
}

TEST(MonthsBetween, IsNegativeBackwards) { EXPECT_DOUBLE_EQ(monthsBetween({2025, 8, 15}, {2025, 1, 15}), -7.0); }

TEST(YearMonth, ParsesPrintsAndOrders) {
    auto month = YearMonth::parse("2025-07");
    ASSERT_TRUE(month);
    EXPECT_EQ(month->year, 2025);
    EXPECT_EQ(month->month, 7);
    EXPECT_EQ(month->iso(), "2025-07");
    EXPECT_LT(*YearMonth::parse("2024-12"), *month);
    for (const char* text : {"2025-13", "2025-00", "2025-7", "2025-07-01", "202507", ""}) {
        EXPECT_FALSE(YearMonth::parse(text)) << text;
    }
}

}  // namespace
}  // namespace wop::model
