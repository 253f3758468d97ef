#include "mail/cron_expression.h"

#include <charconv>
#include <sstream>
#include <stdexcept>
#include <vector>

namespace wop::mail {

namespace {

struct Field {
    const char* name;
    int min;
    int max;
};

constexpr Field fields[] = {{"minute", 0, 59}, {"hour", 0, 23}, {"day of month", 1, 31}, {"month", 1, 12},
                            {"day of week", 0, 7}};

int number(const std::string& text, const Field& field) {
    int value = -1;
    const auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), value);
    if (text.empty() || error != std::errc() || end != text.data() + text.size() || value < field.min || value > field.max)
        throw std::invalid_argument(std::string("the ") + field.name + " field takes numbers from " +
                                    std::to_string(field.min) + " to " + std::to_string(field.max) + ", not \"" + text +
                                    "\"");
    return value;
}

std::vector<std::string> split(const std::string& text, char separator) {
    std::vector<std::string> parts;
    std::string part;
    std::istringstream in(text);
    while (std::getline(in, part, separator)) parts.push_back(part);
    if (!text.empty() && text.back() == separator) parts.push_back("");
    return parts;
}

// The values one field allows, as bits.
template <std::size_t N>
void parseField(const std::string& text, const Field& field, std::bitset<N>& bits) {
    for (const std::string& item : split(text, ',')) {
        const auto slash = item.find('/');
        const std::string range = item.substr(0, slash);
        int step = 1;
        if (slash != std::string::npos) {
            step = number(item.substr(slash + 1), {field.name, 1, field.max});
        }
        int from = field.min, to = field.max;
        if (range != "*") {
            const auto dash = range.find('-');
            from = number(range.substr(0, dash), field);
            to = dash == std::string::npos ? (slash == std::string::npos ? from : field.max)
                                           : number(range.substr(dash + 1), field);
            if (to < from)
                throw std::invalid_argument(std::string("the ") + field.name + " range \"" + range + "\" goes backwards");
        }
        for (int value = from; value <= to; value += step) bits.set(static_cast<std::size_t>(value) % N);
    }
}

// Calendar arithmetic on broken-down times without time zones: timegm
// normalises and fills in the day of the week.
std::tm normalised(std::tm time) {
    const std::time_t t = timegm(&time);
    std::tm out{};
    gmtime_r(&t, &out);
    return out;
}

}  // namespace

CronExpression CronExpression::parse(const std::string& text) {
    std::istringstream in(text);
    std::vector<std::string> parts;
    for (std::string part; in >> part;) parts.push_back(part);
    if (parts.size() != 5)
        throw std::invalid_argument("a cron expression has five fields (minute hour day month weekday), \"" + text +
                                    "\" has " + std::to_string(parts.size()));
    CronExpression cron;
    cron.text_ = text;
    parseField(parts[0], fields[0], cron.minutes_);
    parseField(parts[1], fields[1], cron.hours_);
    parseField(parts[2], fields[2], cron.days_);
    parseField(parts[3], fields[3], cron.months_);
    // 7 is Sunday too: the bitset of 7 folds it onto 0.
    parseField(parts[4], fields[4], cron.weekdays_);
    // As cron has it, a day field starting with `*` (`*/2` too) leaves the choice to the other.
    cron.daysRestricted_ = parts[2][0] != '*';
    cron.weekdaysRestricted_ = parts[4][0] != '*';
    return cron;
}

bool CronExpression::dayMatches(const std::tm& time) const {
    const bool day = days_.test(static_cast<std::size_t>(time.tm_mday));
    const bool weekday = weekdays_.test(static_cast<std::size_t>(time.tm_wday));
    if (daysRestricted_ && weekdaysRestricted_) return day || weekday;
    return day && weekday;
}

std::tm CronExpression::next(const std::tm& time) const {
    std::tm t = time;
    t.tm_sec = 0;
    t.tm_min += 1;
    t = normalised(t);
    const int lastYear = t.tm_year + 8;
    while (t.tm_year <= lastYear) {
        if (!months_.test(static_cast<std::size_t>(t.tm_mon + 1))) {
            t.tm_mon += 1;
            t.tm_mday = 1;
            t.tm_hour = t.tm_min = 0;
        } else if (!dayMatches(t)) {
            t.tm_mday += 1;
            t.tm_hour = t.tm_min = 0;
        } else if (!hours_.test(static_cast<std::size_t>(t.tm_hour))) {
            t.tm_hour += 1;
            t.tm_min = 0;
        } else if (!minutes_.test(static_cast<std::size_t>(t.tm_min))) {
            t.tm_min += 1;
        } else {
            return t;
        }
        t = normalised(t);
    }
    throw std::invalid_argument("the cron expression \"" + text_ + "\" matches no day");
}

}  // namespace wop::mail
