#include "context/locale.h"

#include <mutex>
#include <stdexcept>

#include <unicode/numfmt.h>
#include <unicode/smpdtfmt.h>
#include <unicode/timezone.h>

namespace wop::context {

namespace {

void check(UErrorCode status, const char* what) {
    if (U_FAILURE(status)) throw std::runtime_error(std::string("ICU cannot create ") + what + ": " + u_errorName(status));
}

icu::Locale icuLocale(model::Lang lang, Digits digits) {
    if (lang == model::Lang::En) return icu::Locale("en");
    return icu::Locale(digits == Digits::Urdu ? "ur_PK@numbers=arabext" : "ur_PK");
}

// One fixed pattern for both languages rather than each locale's long style,
// which differs in order and punctuation ("March 14, 2025", "14 مارچ، 2025").
std::unique_ptr<icu::SimpleDateFormat> dateFormat(const char* pattern, const icu::Locale& locale) {
    UErrorCode status = U_ZERO_ERROR;
    auto format = std::make_unique<icu::SimpleDateFormat>(icu::UnicodeString(pattern), locale, status);
    check(status, "a date format");
    // Dates carry no time of day: they are midnight UTC, printed in UTC.
    format->setTimeZone(*icu::TimeZone::getGMT());
    return format;
}

using NumberFormatFactory = icu::NumberFormat* (*)(const icu::Locale&, UErrorCode&);

std::unique_ptr<icu::NumberFormat> numberFormat(NumberFormatFactory create, const icu::Locale& locale) {
    UErrorCode status = U_ZERO_ERROR;
    std::unique_ptr<icu::NumberFormat> format(create(locale, status));
    check(status, "a number format");
    return format;
}

UDate midnightUtc(const model::Date& date) {
    return static_cast<UDate>(date.daysSinceEpoch()) * U_MILLIS_PER_DAY;
}

std::string utf8(const icu::UnicodeString& text) {
    std::string result;
    return text.toUTF8String(result);
}

}  // namespace

struct Locale::Formatters {
    std::mutex inUse;  // ICU formatters keep state while formatting
    std::unique_ptr<icu::SimpleDateFormat> date;
    std::unique_ptr<icu::SimpleDateFormat> month;
    std::unique_ptr<icu::NumberFormat> number;
    std::unique_ptr<icu::NumberFormat> percent;

    explicit Formatters(const icu::Locale& locale)
        : date(dateFormat("d MMMM y", locale)),
          month(dateFormat("MMMM y", locale)),
          number(numberFormat(icu::NumberFormat::createInstance, locale)),
          percent(numberFormat(icu::NumberFormat::createPercentInstance, locale)) {}
};

Locale::Locale(model::Lang lang, const LocaleSettings& settings)
    : lang_(lang),
      digits_(lang == model::Lang::Ur ? settings.urduDigits : Digits::Western),
      formatters_(std::make_unique<Formatters>(icuLocale(lang_, digits_))) {}

Locale::Locale(const Locale& other) : Locale(other.lang_, LocaleSettings{other.digits_}) {}

Locale& Locale::operator=(const Locale& other) {
    if (this != &other) *this = Locale(other);
    return *this;
}

Locale::Locale(Locale&&) noexcept = default;
Locale& Locale::operator=(Locale&&) noexcept = default;
Locale::~Locale() = default;

std::string Locale::date(const model::Date& date) const {
    icu::UnicodeString text;
    std::lock_guard lock(formatters_->inUse);
    return utf8(formatters_->date->format(midnightUtc(date), text));
}

std::string Locale::month(const model::YearMonth& month) const {
    icu::UnicodeString text;
    std::lock_guard lock(formatters_->inUse);
    return utf8(formatters_->month->format(midnightUtc({month.year, month.month, 1}), text));
}

std::string Locale::number(long value) const {
    icu::UnicodeString text;
    std::lock_guard lock(formatters_->inUse);
    return utf8(formatters_->number->format(static_cast<int64_t>(value), text));
}

std::string Locale::percent(double fraction) const {
    icu::UnicodeString text;
    std::lock_guard lock(formatters_->inUse);
    return utf8(formatters_->percent->format(fraction, text));
}

}  // namespace wop::context
