// JSON objects keep their keys in the order they were set.
#include <gtest/gtest.h>

#include <sstream>

#include "model/json_object.h"

namespace wop::model {
namespace {

TEST(OrderedJsonObject, WritesItsKeysInTheOrderTheyWereSet) {
    auto object = orderedJsonObject();
    object->set("zebra", 1);
    object->set("apple", 2);
    object->set("mango", 3);
    std::ostringstream out;
    object->stringify(out);
    EXPECT_EQ(out.str(), R"({"zebra":1,"apple":2,"mango":3})");
}

}  // namespace
}  // namespace wop::model
