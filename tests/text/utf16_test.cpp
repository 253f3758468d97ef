// UTF-8 as the text stage reads it.
#include <gtest/gtest.h>

#include "text/utf16.h"

namespace wop::text {
namespace {

TEST(Utf16, UrduAndLatinKeepTheirCharacters) {
    EXPECT_EQ(toUtf16("WASA واسا"), u"WASA واسا");
}

TEST(Utf16, CharactersBeyondTheBmpBecomeSurrogatePairs) {
    EXPECT_EQ(toUtf16("\xF0\x9F\x92\xA7"), std::u16string({0xD83D, 0xDCA7}));  // U+1F4A7 droplet
}

TEST(Utf16, AMalformedByteBecomesAReplacementCharacter) {
    EXPECT_EQ(toUtf16("a\xFF" "b"), u"a\uFFFDb");
    EXPECT_EQ(toUtf16("\xD9"), u"\uFFFD");  // a sequence cut short
}

TEST(Utf16, NothingGivesNothing) {
    EXPECT_EQ(toUtf16(""), u"");
}

}  // namespace
}  // namespace wop::text
