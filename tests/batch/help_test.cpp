#include <gtest/gtest.h>

#include "support.h"

namespace wop::batch {
namespace {

class CommandHelp : public ::testing::TestWithParam<const char*> {};

TEST_P(CommandHelp, NamesTheStoreOptions) {
    const auto result = test::run(test::shellQuote(test::wopdocsBinary()) + " " + GetParam() + " --help");
    EXPECT_EQ(result.exitCode, 0) << result.output;
    EXPECT_NE(result.output.find("usage: wopdocs " + std::string(GetParam())), std::string::npos) << result.output;
    EXPECT_NE(result.output.find("--data-dir=DIR"), std::string::npos) << result.output;
    EXPECT_NE(result.output.find("--database=CONN"), std::string::npos) << result.output;
}

INSTANTIATE_TEST_SUITE_P(StoreCommands, CommandHelp, ::testing::Values("import", "batch", "status"));

}  // namespace
}  // namespace wop::batch
