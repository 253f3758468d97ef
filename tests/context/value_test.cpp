// The value tree the context gives templates (context/value.h).
#include <gtest/gtest.h>

#include <stdexcept>

#include "context/value.h"

namespace wop::context {
namespace {

TEST(Value, FalseAndTheEmptyListAreFalseAsMustacheReadsThem) {
    EXPECT_TRUE(Value(false).isFalse());
    EXPECT_TRUE(Value::list().isFalse());
    EXPECT_FALSE(Value(true).isFalse());
    EXPECT_FALSE(Value("").isFalse());
    EXPECT_FALSE(Value().isFalse());  // an empty object
}

TEST(Value, ATextLiteralIsAStringNotABool) {
    ASSERT_NE(Value("yes").string(), nullptr);
    EXPECT_EQ(*Value("yes").string(), "yes");
}

TEST(Value, SettingAKeyAgainReplacesItsValue) {
    Value object;
    object.set("a", "1");
    object.set("b", "2");
    object.set("a", "3");
    ASSERT_EQ(object.members()->size(), 2u);
    EXPECT_EQ(object.members()->front().first, "a");
    EXPECT_EQ(*object.find("a")->string(), "3");
}

TEST(Value, FindFollowsADottedPath) {
    Value person;
    person.set("name", "Sana Tariq");
    Value root;
    root.set("mentor", Value::Object{{"director", person}});
    EXPECT_EQ(*root.find("mentor.director.name")->string(), "Sana Tariq");
    EXPECT_EQ(root.find("mentor.chairman.name"), nullptr);
    EXPECT_EQ(root.find("mentor.director.name.first"), nullptr);
}

TEST(Value, ListsTakeItemsAndOnlyObjectsTakeKeys) {
    Value list = Value::list();
    list.push_back("x");
    EXPECT_EQ(list.items()->size(), 1u);
    EXPECT_THROW(list.set("k", "v"), std::logic_error);
    EXPECT_THROW(Value("text").push_back("x"), std::logic_error);
}

}  // namespace
}  // namespace wop::context
