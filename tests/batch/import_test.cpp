// `wopdocs import`: only valid files reach the store; every problem is said.
#include <gtest/gtest.h>

#include "batch_fixture.h"
#include "store/store.h"

namespace wop::batch {
namespace {

class ImportCommand : public BatchTest {};
WOPDOCS_ON_EVERY_DATABASE(ImportCommand);

TEST_P(ImportCommand, StoresValidFilesAndSaysWhyOthersAreNot) {
    const auto valid = sample("peshawar-mardan-metering.json");
    const auto broken = test::sourceDir() / "samples" / "invalid" / "broken-partnership.json";
    const auto result = wopdocs("import", test::shellQuote(valid.string()) + " " + test::shellQuote(broken.string()));
    EXPECT_EQ(result.exitCode, 1) << result.output;
    EXPECT_NE(result.output.find("added as peshawar-mardan-metering"), std::string::npos) << result.output;
    EXPECT_NE(result.output.find("broken-partnership.json: not imported"), std::string::npos) << result.output;
    // The diagnostics as `generate` prints them: file, JSON path, what is wrong.
    EXPECT_NE(result.output.find("broken-partnership.json:5:3: $.titel: error: unknown field \"titel\""), std::string::npos)
        << result.output;
    EXPECT_NE(result.output.find("1 added, 0 updated, 0 unchanged, 1 not imported"), std::string::npos) << result.output;

    store::Store store({dataDir(), database_});
    ASSERT_EQ(store.partnerships().all().size(), 1u);
}

TEST_P(ImportCommand, AChangedFileIsUpdatedAndTheSameFileLeftAlone) {
    const auto file = sample("peshawar-mardan-metering.json");
    ASSERT_EQ(wopdocs("import", test::shellQuote(file.string())).exitCode, 0);
    EXPECT_NE(wopdocs("import", test::shellQuote(file.string())).output.find(": unchanged as "), std::string::npos);
    edit(file, "PWON/WOP/", "PWON/WOP/NEW/");
    const auto result = wopdocs("import", test::shellQuote(file.string()));
    EXPECT_EQ(result.exitCode, 0) << result.output;
    EXPECT_NE(result.output.find(": updated as peshawar-mardan-metering"), std::string::npos) << result.output;
}

}  // namespace
}  // namespace wop::batch
