// UTF-8 as the stages write and count it.
#include <gtest/gtest.h>

#include "base/utf8.h"

namespace wop::base {
namespace {

std::string utf8Of(char32_t c) {
    std::string out;
    appendUtf8(out, c);
    return out;
}

TEST(AppendUtf8, WritesEachLengthOfSequence) {
    EXPECT_EQ(utf8Of(U'A'), "A");
    EXPECT_EQ(utf8Of(U'\u00E9'), "\xC3\xA9");          // é
    EXPECT_EQ(utf8Of(U'\u06F1'), "\xDB\xB1");          // ۱
    EXPECT_EQ(utf8Of(U'\u20AC'), "\xE2\x82\xAC");      // €
    EXPECT_EQ(utf8Of(U'\U0001F600'), "\xF0\x9F\x98\x80");
}

TEST(AppendUtf8, AppendsToWhatIsThere) {
    std::string out = "x";
    appendUtf8(out, U'\u06F0');
    EXPECT_EQ(out, "x\u06F0");
}

TEST(BeginsCharacter, IsFalseOnlyForContinuationBytes) {
    EXPECT_TRUE(beginsCharacter('a'));
    EXPECT_TRUE(beginsCharacter('\xD8'));   // lead of a two-byte sequence
    EXPECT_TRUE(beginsCharacter('\xF0'));   // lead of a four-byte sequence
    EXPECT_FALSE(beginsCharacter('\x80'));
    EXPECT_FALSE(beginsCharacter('\xBF'));
}

TEST(CountCharacters, CountsCodePointsNotBytes) {
    EXPECT_EQ(countCharacters(""), 0u);
    EXPECT_EQ(countCharacters("abc"), 3u);
    EXPECT_EQ(countCharacters("لاہور"), 5u);
    EXPECT_EQ(countCharacters("a\U0001F600b"), 3u);
}

}  // namespace
}  // namespace wop::base
