// A document's version changes when the bytes of an image it shows change,
// and only then: the same images imported again make nothing, another seal
// makes the documents showing it.
#include <gtest/gtest.h>

#include <algorithm>
#include <iterator>

#include "batch_fixture.h"

namespace wop::batch {
namespace {

namespace fs = std::filesystem;

class ImageVersions : public BatchTest {
protected:
    std::set<std::string> versionsSince(const std::set<std::string>& before) const {
        std::set<std::string> made;
        const auto now = versions();
        std::set_difference(now.begin(), now.end(), before.begin(), before.end(), std::inserter(made, made.end()));
        return made;
    }
    test::CommandResult importFile(const fs::path& file) const {
        return wopdocs("import", test::shellQuote(file.string()));
    }
};
WOPDOCS_ON_EVERY_DATABASE(ImageVersions);

TEST_P(ImageVersions, AnUnchangedImageMakesNothingAChangedSealMakesTheDocumentsShowingIt) {
    const fs::path file = sample("lahore-faisalabad-nrw.json");
    importSamples();
    ASSERT_EQ(importFile(file).exitCode, 0);
    const auto first = wopdocs("batch", "--jobs 2");
    ASSERT_EQ(first.exitCode, 0) << first.output;
    const std::set<std::string> before = versions();

    // The same images, from another folder: the same documents.
    const auto same = importFile(file);
    EXPECT_NE(same.output.find("0 updated, 1 unchanged"), std::string::npos) << same.output;
    const auto again = wopdocs("batch", "--jobs 2");
    EXPECT_EQ(again.exitCode, 0) << again.output;
    EXPECT_NE(again.output.find("nothing to do"), std::string::npos) << again.output;
    EXPECT_TRUE(versionsSince(before).empty());

    // Another seal under the same name.
    fs::copy_file(scratch_ / "images/pwon-logo.png", scratch_ / "images/pwon-seal.png",
                  fs::copy_options::overwrite_existing);
    const auto updated = importFile(file);
    EXPECT_NE(updated.output.find("1 updated, 0 unchanged"), std::string::npos) << updated.output;
    const auto made = wopdocs("batch", "--jobs 2");
    EXPECT_EQ(made.exitCode, 0) << made.output;
    const std::set<std::string> sealed = versionsSince(before);
    for (const char* expected :
         {"lahore-faisalabad-nrw/letter-of-intent (en) v2", "lahore-faisalabad-nrw/letter-of-intent (ur) v2",
          "lahore-faisalabad-nrw/memorandum-of-agreement (en) v2"})
        EXPECT_TRUE(sealed.contains(expected)) << expected << " in " << ::testing::PrintToString(sealed);
    for (const std::string& version : sealed) {
        EXPECT_TRUE(version.starts_with("lahore-faisalabad-nrw/") || version.starts_with("program/")) << version;
        EXPECT_EQ(version.find("monthly-report"), std::string::npos) << version << ": the mentee's, without PWON's seal";
    }
    expectRegistryMatchesFiles();
}

}  // namespace
}  // namespace wop::batch
