#include "model/date.h"

#include <algorithm>
#include <cstdio>
#include <ctime>

namespace wop::model {

namespace {

bool isLeapYear(int year) { return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0; }

int daysInMonth(int year, int month) {
    static constexpr int days[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    return month == 2 && isLeapYear(year) ? 29 : days[month - 1];
}

// Reads exactly `width` decimal digits; signs, spaces and short fields fail.
std::optional<int> digits(std::string_view text, std::size_t offset, std::size_t width) {
    if (text.size() < offset + width) return std::nullopt;
    int value = 0;
    for (char c : text.substr(offset, width)) {
        if (c < '0' || c > '9') return std::nullopt;
        value = value * 10 + (c - '0');
    }
    return value;
}

// "YYYY-MM" at the start of `iso`, with a real month and a year from 1.
std::optional<YearMonth> parseYearMonth(std::string_view iso) {
    auto year = digits(iso, 0, 4);
    auto month = digits(iso, 5, 2);
    if (!year || !month || iso[4] != '-' || *year < 1 || *month < 1 || *month > 12) return std::nullopt;
    return YearMonth{*year, *month};
}

}  // namespace

std::optional<Date> Date::parse(std::string_view iso) {
    auto yearMonth = iso.size() == 10 ? parseYearMonth(iso) : std::nullopt;
    auto day = digits(iso, 8, 2);
    if (!yearMonth || !day || iso[7] != '-') return std::nullopt;
    if (*day < 1 || *day > daysInMonth(yearMonth->year, yearMonth->month)) return std::nullopt;
    return Date{yearMonth->year, yearMonth->month, *day};
}

Date addMonths(const Date& date, int months) {
    int index = date.year * 12 + (date.month - 1) + months;
    Date result{index / 12, index % 12 + 1, date.day};
    result.day = std::min(result.day, daysInMonth(result.year, result.month));
    return result;
}

Date Date::today() {
    const std::time_t now = std::time(nullptr);
    std::tm local{};
    localtime_r(&now, &local);
    return {local.tm_year + 1900, local.tm_mon + 1, local.tm_mday};
}

std::string Date::iso() const {
    char buffer[16];
    std::snprintf(buffer, sizeof buffer, "%04d-%02d-%02d", year, month, day);
    return buffer;
}

// Howard Hinnant's days_from_civil: exact for every proleptic Gregorian date.
long Date::daysSinceEpoch() const {
    const long y = month <= 2 ? year - 1 : year;
    const long era = (y >= 0 ? y : y - 399) / 400;
    const long yearOfEra = y - era * 400;
    const long dayOfYear = (153 * (month > 2 ? month - 3 : month + 9) + 2) / 5 + day - 1;
    const long dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear;
    return era * 146097 + dayOfEra - 719468;
}

double monthsBetween(const Date& from, const Date& to) {
    if (to < from) return -monthsBetween(to, from);
    int whole = (to.year - from.year) * 12 + (to.month - from.month);
    if (addMonths(from, whole) > to) --whole;
    const Date anchor = addMonths(from, whole);
    const long partial = to.daysSinceEpoch() - anchor.daysSinceEpoch();
    const long monthLength = addMonths(from, whole + 1).daysSinceEpoch() - anchor.daysSinceEpoch();
    return whole + static_cast<double>(partial) / static_cast<double>(monthLength);
}

std::optional<YearMonth> YearMonth::parse(std::string_view iso) {
    return iso.size() == 7 ? parseYearMonth(iso) : std::nullopt;
}

std::string YearMonth::iso() const {
    char buffer[12];
    std::snprintf(buffer, sizeof buffer, "%04d-%02d", year, month);
    return buffer;
}

}  // namespace wop::model
