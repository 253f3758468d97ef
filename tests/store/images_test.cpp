// The images a partnership file names are kept with it: read back from the
// store without the files, and a changed image is a changed partnership.
#include <gtest/gtest.h>

#include "base/sha256.h"
#include "store/importer.h"
#include "store/stored_program.h"
#include "store_fixture.h"

namespace wop::store {
namespace {

namespace fs = std::filesystem;

const char* const withImages = "lahore-faisalabad-nrw.json";

class StoredImagesTest : public StoreTest {
protected:
    ImportResult import(const fs::path& file) {
        Store store(location_);
        return Importer(store.database(), false).importFile(file.string());
    }
    StoredProgram program() {
        Store store(location_);
        Partnerships partnerships = store.partnerships();
        return loadStoredProgram(partnerships);
    }
    std::string sealOf(const StoredProgram& stored) {
        const model::Partnership* partnership = stored.find("lahore-faisalabad-nrw");
        return partnership && partnership->facilitator.seal ? partnership->facilitator.seal->content->bytes : "";
    }
};
WOPDOCS_ON_EVERY_DATABASE(StoredImagesTest);

TEST_P(StoredImagesTest, AreKeptWithThePartnershipAndReadBackWithoutTheFiles) {
    const fs::path file = sample(withImages);
    ASSERT_EQ(import(file).outcome, ImportOutcome::Added);
    const std::string seal = test::readFile(scratch_ / "images/pwon-seal.png");
    fs::remove_all(scratch_ / "images");

    {
        Store store(location_);
        const auto stored = store.partnerships().find("lahore-faisalabad-nrw");
        ASSERT_TRUE(stored);
        EXPECT_EQ(stored->images.size(), 2u);
        EXPECT_EQ(stored->images.at("images/pwon-seal.png"), seal);
    }
    const StoredProgram stored = program();
    EXPECT_TRUE(stored.problems.empty()) << stored.problems.front();
    EXPECT_EQ(sealOf(stored), seal);
    const model::Partnership& lahore = *stored.find("lahore-faisalabad-nrw");
    EXPECT_EQ(lahore.facilitator.logo->content->sha256,
              base::sha256(test::readFile(test::sourceDir() / "samples/images/pwon-logo.png")));
}

TEST_P(StoredImagesTest, TheSameImagesAgainChangeNothingAnotherImageUpdates) {
    const fs::path file = sample(withImages);
    import(file);
    const std::string before = program().dataSha256.at("lahore-faisalabad-nrw");
    EXPECT_NE(before, base::sha256(test::readFile(file))) << "the images count in the data's digest";

    EXPECT_EQ(import(file).outcome, ImportOutcome::Unchanged);
    EXPECT_EQ(program().dataSha256.at("lahore-faisalabad-nrw"), before);

    // The seal replaced by the logo: the same file, other bytes.
    fs::copy_file(scratch_ / "images/pwon-logo.png", scratch_ / "images/pwon-seal.png",
                  fs::copy_options::overwrite_existing);
    EXPECT_EQ(import(file).outcome, ImportOutcome::Updated);
    const StoredProgram after = program();
    EXPECT_EQ(sealOf(after), test::readFile(scratch_ / "images/pwon-logo.png"));
    EXPECT_NE(after.dataSha256.at("lahore-faisalabad-nrw"), before);
}

TEST_P(StoredImagesTest, APartnershipWithoutImagesKeepsItsFilesDigest) {
    const fs::path file = sample("peshawar-mardan-metering.json");
    import(file);
    EXPECT_EQ(program().dataSha256.at("peshawar-mardan-metering"), base::sha256(test::readFile(file)))
        << "as batches recorded it before images were kept";
}

TEST_P(StoredImagesTest, AMissingImageRefusesTheFile) {
    const fs::path file = sample(withImages);
    fs::remove(scratch_ / "images/pwon-logo.png");
    const ImportResult result = import(file);
    EXPECT_EQ(result.outcome, ImportOutcome::Invalid);
    ASSERT_EQ(result.diagnostics.size(), 1u);
    EXPECT_EQ(result.diagnostics[0].path, "$.parties.facilitator.logo");
    EXPECT_TRUE(program().partnerships.empty());
}

}  // namespace
}  // namespace wop::store
