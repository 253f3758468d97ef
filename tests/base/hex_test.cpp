// Bytes as hex digits and back.
#include <gtest/gtest.h>

#include <vector>

#include "base/hex.h"

namespace wop::base {
namespace {

TEST(Hex, TwoLowercaseDigitsAByteHighHalfFirst) {
    const std::vector<unsigned char> bytes = {0x00, 0x0F, 0xA5, 0xFF};
    EXPECT_EQ(toHex(bytes), "000fa5ff");
    EXPECT_EQ(toHex(std::vector<unsigned char>{}), "");
}

TEST(Hex, AppendsToWhatIsThere) {
    std::string out = "<";
    const unsigned char code[] = {0x06, 0x2C};
    appendHex(out, code);
    EXPECT_EQ(out, "<062c");
}

TEST(Hex, ReadsBackWhatItWrites) {
    const std::vector<unsigned char> bytes = {0xDE, 0xAD, 0x00, 0x01};
    EXPECT_EQ(fromHex(toHex(bytes)), bytes);
}

TEST(Hex, ReadsDigitsOfEitherCase) {
    EXPECT_EQ(fromHex("aBcD"), (std::vector<unsigned char>{0xAB, 0xCD}));
}

TEST(Hex, RefusesAnOddCountOrANonDigit) {
    EXPECT_FALSE(fromHex("abc"));
    EXPECT_FALSE(fromHex("zz"));
    EXPECT_FALSE(fromHex("0x"));
    EXPECT_EQ(fromHex(""), std::vector<unsigned char>{});
}

}  // namespace
}  // namespace wop::base
