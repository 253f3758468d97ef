#include <gtest/gtest.h>

#include "store/migrations.h"
#include "store/registry.h"
#include "store/store_error.h"
#include "store_fixture.h"

namespace wop::store {
namespace {

using namespace Poco::Data::Keywords;

class MigrationsTest : public StoreTest {
protected:
    // The store's schema and then `more`, numbered on from it.
    static Migrations schemaAnd(std::vector<std::vector<std::string_view>> more) {
        std::vector<Migration> steps = Migrations::schema().steps();
        for (auto& statements : more) steps.push_back({static_cast<int>(steps.size()) + 1, "test", std::move(statements)});
        return Migrations(steps);
    }
};
WOPDOCS_ON_EVERY_DATABASE(MigrationsTest);

TEST_P(MigrationsTest, ANewStoreHasTheLatestSchema) {
    Store store(location_);
    EXPECT_EQ(Migrations::currentVersion(store.database()), Migrations::schema().latestVersion());
}

TEST_P(MigrationsTest, OpeningAgainAppliesNothing) {
    { Store store(location_); }
    Database database(location_.connection());
    EXPECT_EQ(Migrations::schema().apply(database), 0);
}

TEST_P(MigrationsTest, LaterMigrationsApplyInOrderAndKeepTheData) {
    { Store store(location_); }
    Database database(location_.connection());
    database.session() << "INSERT INTO partnerships VALUES ('kept', 'kept.json', '{}', 'x', 'now')", now;

    const Migrations later = schemaAnd({{"CREATE TABLE notes (text TEXT NOT NULL)", "INSERT INTO notes VALUES ('3')"},
                                        {"UPDATE notes SET text = text || '4'"}});
    EXPECT_EQ(later.apply(database), 2);
    EXPECT_EQ(Migrations::currentVersion(database), later.latestVersion());
    std::string text;
    database.session() << "SELECT text FROM notes", into(text), now;
    EXPECT_EQ(text, "34");
    EXPECT_TRUE(Partnerships(database).find("kept"));
}

TEST_P(MigrationsTest, AFailedMigrationChangesNothing) {
    { Store store(location_); }
    Database database(location_.connection());
    const Migrations failing = schemaAnd({{"CREATE TABLE notes (text TEXT)", "INSERT INTO nowhere VALUES (1)"}});
    EXPECT_THROW(failing.apply(database), StoreError);
    EXPECT_EQ(Migrations::currentVersion(database), Migrations::schema().latestVersion());
    // The table the failed migration made went with it: the migration can run again once fixed.
    EXPECT_EQ(schemaAnd({{"CREATE TABLE notes (text TEXT)"}}).apply(database), 1);
}

TEST_P(MigrationsTest, AStoreOfANewerWopdocsIsRefused) {
    {
        Database database(location_.connection());
        schemaAnd({{"CREATE TABLE notes (text TEXT)"}}).apply(database);
    }
    try {
        Store store(location_);
        FAIL() << "opened a store with a newer schema";
    } catch (const StoreError& e) {
        EXPECT_NE(std::string(e.what()).find("newer than this wopdocs knows"), std::string::npos) << e.what();
    }
}

// Rows an older wopdocs registered keep what they hold and know neither
// their look nor what they say.
TEST_P(MigrationsTest, RegistryRowsFromBeforeContentsWereKeptHaveNone) {
    {
        Database database(location_.connection());
        std::vector<Migration> steps = Migrations::schema().steps();
        steps.resize(5);
        Migrations(steps).apply(database);
        database.session() << "INSERT INTO documents (partnership, document, lang, version, status, pdf_sha256, "
                              "template_hash, data_hash, path, created_at) VALUES ('lahore', 'work-plan', 'en', 1, "
                              "'final', 'pdf', 'templates', 'data', 'documents/lahore/work-plan.en.v1.pdf', 'then')",
            now;
    }
    Store store(location_);
    const auto records = store.registry().all();
    ASSERT_EQ(records.size(), 1u);
    EXPECT_EQ(records[0].dataHash, "data");
    EXPECT_EQ(records[0].lookHash, "");
    EXPECT_EQ(records[0].contentHash, "");
    EXPECT_TRUE(store.checks().all().empty());
    EXPECT_FALSE(store.contents().markup("anything"));
}

TEST(MigrationList, VersionsFollowOneAnotherFromOne) {
    EXPECT_THROW(Migrations({{2, "skips the first", {}}}), std::invalid_argument);
    EXPECT_NO_THROW(Migrations({{1, "first", {}}, {2, "second", {}}}));
}

}  // namespace
}  // namespace wop::store
