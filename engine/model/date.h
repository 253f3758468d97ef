// Calendar dates as the data gives them (ISO 8601, no time of day).
#pragma once

#include <compare>
#include <optional>
#include <string>
#include <string_view>

namespace wop::model {

struct Date {
    int year = 1970;
    int month = 1;
    int day = 1;

    // "2025-03-14"; nullopt unless a real calendar date.
    static std::optional<Date> parse(std::string_view iso);
    // The day it is now where the program runs.
    static Date today();
    std::string iso() const;
    // Days since 1970-01-01, for differences and ordering.
    long daysSinceEpoch() const;
    auto operator<=>(const Date&) const = default;
};

// The same day `months` later, held to the last day of a shorter month.
Date addMonths(const Date& date, int months);

// Whole months from `from` to `to`, counting a partial month as a fraction.
double monthsBetween(const Date& from, const Date& to);

struct YearMonth {
    int year = 1970;
    int month = 1;

    // "2025-03"; nullopt unless a real month.
    static std::optional<YearMonth> parse(std::string_view iso);
    std::string iso() const;
    auto operator<=>(const YearMonth&) const = default;
};

}  // namespace wop::model
