// Dates and numbers as printed in a language (ICU: `en`, `ur_PK`).
#pragma once

#include <memory>
#include <string>

#include "model/date.h"
#include "model/text.h"

namespace wop::context {

enum class Digits { Western, Urdu };  // Urdu: Extended Arabic-Indic ۰۱۲…

struct LocaleSettings {
    Digits urduDigits = Digits::Western;  // official Pakistani print uses Western digits
};

class Locale {
public:
    Locale(model::Lang lang, const LocaleSettings& settings);
    // The ICU formatters are built once here and a copy builds its own. An
    // ICU formatter must not be used by two threads at once, so each call
    // locks them: one Locale (and one Renderer) serves every thread.
    Locale(const Locale& other);
    Locale& operator=(const Locale& other);
    Locale(Locale&&) noexcept;
    Locale& operator=(Locale&&) noexcept;
    ~Locale();

    model::Lang lang() const { return lang_; }
    Digits digits() const { return digits_; }
    std::string date(const model::Date& date) const;        // "14 March 2025" / "14 مارچ 2025"
    std::string month(const model::YearMonth& month) const; // "March 2025" / "مارچ 2025"
    std::string number(long value) const;
    std::string percent(double fraction) const;  // 0.75 -> "75%"
    const char* digitsName() const { return digits_ == Digits::Urdu ? "arabext" : "latn"; }  // ICU numbering system

private:
    model::Lang lang_;
    Digits digits_;
    struct Formatters;
    std::unique_ptr<Formatters> formatters_;
};

}  // namespace wop::context
