#include <gtest/gtest.h>

#include "store/importer.h"
#include "store/partnerships.h"
#include "store/stored_program.h"
#include "base/sha256.h"
#include "store_fixture.h"

namespace wop::store {
namespace {

const char* const preparing = "peshawar-mardan-metering.json";

class ImporterTest : public StoreTest {
protected:
    ImportResult import(const std::filesystem::path& file, bool strict = false) {
        Store store(location_);
        return Importer(store.database(), strict).importFile(file.string());
    }
    std::vector<StoredPartnership> stored() {
        Store store(location_);
        return store.partnerships().all();
    }
    static bool hasDiagnosticAt(const ImportResult& result, const std::string& path) {
        for (const auto& d : result.diagnostics)
            if (d.path == path) return true;
        return false;
    }
};
WOPDOCS_ON_EVERY_DATABASE(ImporterTest);

TEST_P(ImporterTest, StoresAValidFileAsItIsUnderItsId) {
    const auto file = sample(preparing);
    const ImportResult result = import(file);
    EXPECT_EQ(result.outcome, ImportOutcome::Added);
    EXPECT_EQ(result.partnershipId, "peshawar-mardan-metering");
    const auto all = stored();
    ASSERT_EQ(all.size(), 1u);
    EXPECT_EQ(all[0].id, "peshawar-mardan-metering");
    EXPECT_EQ(all[0].json, test::readFile(file));
    EXPECT_EQ(all[0].sha256, base::sha256(test::readFile(file)));
    EXPECT_EQ(all[0].source, file.string());
}

// The finished sample's `extra` fields, read back from the store as templates see them.
TEST_P(ImporterTest, ExtraFieldsComeBackFromTheStore) {
    ASSERT_EQ(import(sample("lahore-faisalabad-nrw.json")).outcome, ImportOutcome::Added);
    Store store(location_);
    Partnerships partnerships = store.partnerships();
    const StoredProgram program = loadStoredProgram(partnerships);
    ASSERT_EQ(program.partnerships.size(), 1u);
    const auto& extra = program.partnerships[0].extra;
    ASSERT_EQ(extra.count("ceremony_time"), 1u);
    EXPECT_EQ(extra.at("ceremony_time").en, "10:30 am");
    EXPECT_EQ(extra.at("ceremony_time").ur, "صبح ساڑھے دس بجے");
}

TEST_P(ImporterTest, TheSameFileAgainChangesNothing) {
    const auto file = sample(preparing);
    import(file);
    const auto before = stored();
    EXPECT_EQ(import(file).outcome, ImportOutcome::Unchanged);
    EXPECT_EQ(stored()[0].importedAt, before[0].importedAt);
}

TEST_P(ImporterTest, AChangedFileUpdatesItsPartnership) {
    const auto file = sample(preparing);
    import(file);
    edit(file, "PWON/WOP/", "PWON/WOP/NEW/");
    EXPECT_EQ(import(file).outcome, ImportOutcome::Updated);
    const auto all = stored();
    ASSERT_EQ(all.size(), 1u);
    EXPECT_NE(all[0].json.find("PWON/WOP/NEW/"), std::string::npos);
    EXPECT_EQ(all[0].sha256, base::sha256(test::readFile(file)));
}

TEST_P(ImporterTest, AnInvalidFileChangesNothingAndSaysWhy) {
    const auto file = sample(preparing);
    import(file);
    const auto before = stored();
    edit(file, "\"reference\"", "\"titel\": \"typo\", \"reference\"");
    const ImportResult result = import(file);
    EXPECT_EQ(result.outcome, ImportOutcome::Invalid);
    EXPECT_TRUE(hasDiagnosticAt(result, "$.titel"));
    const auto after = stored();
    ASSERT_EQ(after.size(), 1u);
    EXPECT_EQ(after[0].sha256, before[0].sha256);
}

TEST_P(ImporterTest, TheBrokenSampleIsRefusedWithEveryProblem) {
    const ImportResult result = import(test::sourceDir() / "samples" / "invalid" / "broken-partnership.json");
    EXPECT_EQ(result.outcome, ImportOutcome::Invalid);
    EXPECT_TRUE(hasDiagnosticAt(result, "$.titel"));
    EXPECT_TRUE(hasDiagnosticAt(result, "$.parties.mentee"));
    EXPECT_TRUE(stored().empty());
}

TEST_P(ImporterTest, AnUnreadableFileIsRefused) {
    const ImportResult result = import(scratch_ / "missing.json");
    EXPECT_EQ(result.outcome, ImportOutcome::Invalid);
    ASSERT_EQ(result.diagnostics.size(), 1u);
    EXPECT_NE(result.diagnostics[0].message.find("cannot read"), std::string::npos);
}

TEST_P(ImporterTest, TheRoadMapsFolderNameIsNoPartnershipId) {
    const auto file = sample(preparing);
    edit(file, "\"peshawar-mardan-metering\"", "\"program\"");
    const ImportResult result = import(file);
    EXPECT_EQ(result.outcome, ImportOutcome::Invalid);
    EXPECT_TRUE(hasDiagnosticAt(result, "$.id"));
    EXPECT_TRUE(stored().empty());
}

TEST_P(ImporterTest, StrictRefusesAFileWithRuleWarnings) {
    const auto file = sample(preparing);
    // The request after the initial meeting: the steps out of the guideline's order.
    edit(file, "\"request\": \"2025-06-10\"", "\"request\": \"2025-07-20\"");
    const ImportResult strict = import(file, true);
    EXPECT_EQ(strict.outcome, ImportOutcome::Invalid);
    EXPECT_FALSE(strict.diagnostics.empty());
    EXPECT_TRUE(stored().empty());
    EXPECT_EQ(import(file, false).outcome, ImportOutcome::Added);
}

}  // namespace
}  // namespace wop::store
