#include <gtest/gtest.h>

#include "context/locale.h"

namespace wop::context {
namespace {

const model::Date march14{2025, 3, 14};

TEST(Locale, FormatsEnglishDatesInLongForm) {
    const Locale english(model::Lang::En, {});
    EXPECT_EQ(english.date(march14), "14 March 2025");
    EXPECT_EQ(english.date({2024, 12, 31}), "31 December 2024");
    EXPECT_EQ(english.month({2025, 7}), "July 2025");
}

TEST(Locale, FormatsUrduDatesWithWesternDigitsByDefault) {
    const Locale urdu(model::Lang::Ur, {});
    EXPECT_EQ(urdu.date(march14), "14 مارچ 2025");
    EXPECT_EQ(urdu.month({2025, 7}), "جولائی 2025");
    EXPECT_EQ(urdu.number(12345), "12,345");
    EXPECT_EQ(std::string(urdu.digitsName()), "latn");
}

TEST(Locale, UrduDigitsAreASetting) {
    const Locale urdu(model::Lang::Ur, {Digits::Urdu});
    EXPECT_EQ(urdu.digits(), Digits::Urdu);
    EXPECT_EQ(std::string(urdu.digitsName()), "arabext");
    EXPECT_EQ(urdu.date(march14), "۱۴ مارچ ۲۰۲۵");
    EXPECT_EQ(urdu.number(12345), "۱۲٬۳۴۵");
    EXPECT_EQ(urdu.percent(0.75), "۷۵%");
}

TEST(Locale, EnglishIgnoresTheUrduDigitsSetting) {
    const Locale english(model::Lang::En, {Digits::Urdu});
    EXPECT_EQ(english.digits(), Digits::Western);
    EXPECT_EQ(english.date(march14), "14 March 2025");
}

TEST(Locale, FormatsNumbersAndPercentages) {
    const Locale english(model::Lang::En, {});
    EXPECT_EQ(english.number(1500), "1,500");
    EXPECT_EQ(english.percent(0.75), "75%");
    EXPECT_EQ(english.percent(2.0 / 3.0), "67%");
}

TEST(Locale, ACopyFormatsLikeTheOriginal) {
    const Locale urdu(model::Lang::Ur, {Digits::Urdu});
    Locale copy = urdu;
    EXPECT_EQ(copy.date(march14), urdu.date(march14));
    copy = Locale(model::Lang::En, {});
    EXPECT_EQ(copy.date(march14), "14 March 2025");
}

}  // namespace
}  // namespace wop::context
