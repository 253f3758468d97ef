// When `wopdocs schedule` runs: a cron expression of five fields, minute
// (0-59), hour (0-23), day of month (1-31), month (1-12) and day of week
// (0-7, 0 and 7 both Sunday). A field is `*`, a number, a range `a-b`, a
// step `*/n` or `a-b/n`, or a list of these separated by commas. As in cron,
// when both day fields are restricted, a day matching either one counts.
#pragma once

#include <bitset>
#include <ctime>
#include <string>

namespace wop::mail {

class CronExpression {
public:
    // Throws std::invalid_argument naming the field that is wrong.
    static CronExpression parse(const std::string& text);

    // The first matching minute after `time` (broken down, local time; its
    // seconds ignored), broken down like it. Throws std::invalid_argument when no day within eight
    // years matches ("0 0 31 2 *").
    std::tm next(const std::tm& time) const;

    const std::string& text() const { return text_; }

private:
    bool dayMatches(const std::tm& time) const;

    std::string text_;
    std::bitset<60> minutes_;
    std::bitset<24> hours_;
    std::bitset<32> days_;    // 1-31
    std::bitset<13> months_;  // 1-12
    std::bitset<7> weekdays_;  // 0-6, Sunday 0
    bool daysRestricted_ = false;
    bool weekdaysRestricted_ = false;
};

}  // namespace wop::mail
