// Where a byte of UTF-8 text stands, as an editor shows it.
#include <gtest/gtest.h>

#include "base/text_position.h"

namespace wop::base {
namespace {

TEST(TextPosition, StartsAtLineOneColumnOne) {
    const TextPosition start = TextPosition::at("abc", 0);
    EXPECT_EQ(start.line, 1);
    EXPECT_EQ(start.column, 1);
}

TEST(TextPosition, ALineFeedStartsTheNextLine) {
    const TextPosition p = TextPosition::at("ab\ncd", 4);  // at 'd'
    EXPECT_EQ(p.line, 2);
    EXPECT_EQ(p.column, 2);
}

TEST(TextPosition, ColumnsCountCharactersNotBytes) {
    const std::string text = "لاہور x";  // five letters of two bytes each, a space
    const TextPosition p = TextPosition::at(text, text.find('x'));
    EXPECT_EQ(p.line, 1);
    EXPECT_EQ(p.column, 7);
}

TEST(TextPosition, AnOffsetPastTheEndIsTheEnd) {
    const TextPosition p = TextPosition::at("a\nbc", 100);
    EXPECT_EQ(p.line, 2);
    EXPECT_EQ(p.column, 3);
}

TEST(TextPosition, AdvanceMovesPastOneByte) {
    TextPosition p;
    for (char byte : std::string("\u06F1\n")) p.advance(byte);
    EXPECT_EQ(p.line, 2);
    EXPECT_EQ(p.column, 1);
    p.advance('\xDB');  // a lead byte moves to the next column
    p.advance('\xB1');  // its continuation stays in it
    EXPECT_EQ(p.column, 2);
}

}  // namespace
}  // namespace wop::base
