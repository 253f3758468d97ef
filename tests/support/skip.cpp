#include "skip.h"

#include <gtest/gtest.h>

#include <cstdlib>

namespace wop::test {

void skipForWant(const std::string& why) {
    const char* required = std::getenv("WOPDOCS_REQUIRE_ALL");
    if (required && std::string(required) == "1")
        GTEST_FAIL() << why << "; WOPDOCS_REQUIRE_ALL=1: every test must run, none may be skipped";
    GTEST_SKIP() << why;
}

}  // namespace wop::test
