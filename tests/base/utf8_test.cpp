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

TEST(NextCharacter, DecodesEachLengthAndMovesPastIt) {
    const std::string text = "A\u00E9\u06F1\U0001F600";
    std::size_t pos = 0;
    EXPECT_EQ(nextCharacter(text, pos), U'A');
    EXPECT_EQ(nextCharacter(text, pos), U'\u00E9');
    EXPECT_EQ(nextCharacter(text, pos), U'\u06F1');
    EXPECT_EQ(nextCharacter(text, pos), U'\U0001F600');
    EXPECT_EQ(pos, text.size());
    EXPECT_EQ(nextCharacter(text, pos), std::nullopt);
}

TEST(NextCharacter, RefusesWhatIsNotWellFormed) {
    // A stray continuation byte, a cut sequence, an overlong "/", a
    // surrogate, a character above U+10FFFF, a byte no UTF-8 has.
    for (const std::string bad : {"\x80", "\xDB", "\xE2\x80", "\xC0\xAF", "\xED\xA0\x80", "\xF4\x90\x80\x80", "\xFF"}) {
        std::size_t pos = 0;
        EXPECT_EQ(nextCharacter(bad, pos), std::nullopt) << bad.size();
        EXPECT_EQ(pos, 0u);
        EXPECT_FALSE(isValidUtf8("ok" + bad));
    }
    EXPECT_TRUE(isValidUtf8("محترم رفقائے کار"));
}

}  // namespace
}  // namespace wop::base
