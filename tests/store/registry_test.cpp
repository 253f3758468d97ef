#include <gtest/gtest.h>

#include "store/registry.h"
#include "store/store_error.h"
#include "store/version_index.h"
#include "store_fixture.h"

namespace wop::store {
namespace {

using model::Lang;
using model::Status;

class RegistryTest : public StoreTest {};
WOPDOCS_ON_EVERY_DATABASE(RegistryTest);

TEST_P(RegistryTest, KeepsEveryVersionAsRecorded) {
    Store store(location_);
    Registry registry = store.registry();
    registry.add(recordedVersion("lahore", "work-plan", Lang::Ur, 2, Status::Final));
    registry.add(recordedVersion("lahore", "work-plan", Lang::Ur, 1));
    const auto all = registry.all();
    ASSERT_EQ(all.size(), 2u);
    EXPECT_EQ(all[0].version, 1);
    const DocumentRecord& second = all[1];
    EXPECT_EQ(second.key, (DocumentKey{"lahore", "work-plan", Lang::Ur}));
    EXPECT_EQ(second.version, 2);
    EXPECT_EQ(second.status, Status::Final);
    EXPECT_EQ(second.pdfSha256, "pdf-2");
    EXPECT_EQ(second.templateHash, "templates");
    EXPECT_EQ(second.dataHash, "data");
    EXPECT_EQ(second.lookHash, "look");
    EXPECT_EQ(second.contentHash, "content-2");
    EXPECT_EQ(second.path, "documents/lahore/work-plan.v2.pdf");
    EXPECT_EQ(second.createdAt, "2025-03-14T09:30:00Z");
    ASSERT_TRUE(registry.find(second.key, 2));
    EXPECT_EQ(registry.find(second.key, 2)->pdfSha256, "pdf-2");
    EXPECT_FALSE(registry.find(second.key, 3));
}

TEST_P(RegistryTest, AVersionIsRecordedOnlyOnce) {
    Store store(location_);
    Registry registry = store.registry();
    registry.add(recordedVersion("lahore", "work-plan", Lang::En, 1));
    try {
        registry.add(recordedVersion("lahore", "work-plan", Lang::En, 1, Status::Final));
        FAIL() << "recorded version 1 twice";
    } catch (const StoreError& e) {
        EXPECT_NE(std::string(e.what()).find("version 1 of lahore/work-plan (en)"), std::string::npos) << e.what();
    }
    ASSERT_EQ(registry.all().size(), 1u);
    EXPECT_EQ(registry.all()[0].status, Status::Draft);
}

// A batch registers the documents published together in one transaction.
TEST_P(RegistryTest, AGroupIsRecordedWholeOrNotAtAll) {
    Store store(location_);
    Registry registry = store.registry();
    registry.add(recordedVersion("lahore", "work-plan", Lang::En, 1));
    const std::vector<DocumentRecord> group = {recordedVersion("lahore", "roadmap", Lang::En, 1),
                                               recordedVersion("lahore", "work-plan", Lang::En, 1),
                                               recordedVersion("lahore", "roadmap", Lang::Ur, 1)};
    try {
        registry.add(group);
        FAIL() << "recorded version 1 of lahore/work-plan (en) twice";
    } catch (const StoreError& e) {
        EXPECT_NE(std::string(e.what()).find("version 1 of lahore/work-plan"), std::string::npos) << e.what();
    }
    EXPECT_EQ(registry.all().size(), 1u) << "nothing of the group recorded";
    registry.add(std::vector{group[0], group[2]});
    EXPECT_EQ(registry.all().size(), 3u);
}

TEST_P(RegistryTest, ListsTheRecordsOfOnePartnership) {
    Store store(location_);
    Registry registry = store.registry();
    registry.add(recordedVersion("lahore", "work-plan", Lang::En, 1));
    registry.add(recordedVersion("multan", "work-plan", Lang::En, 1));
    const auto lahore = registry.ofPartnership("lahore");
    ASSERT_EQ(lahore.size(), 1u);
    EXPECT_EQ(lahore[0].key.partnership, "lahore");
}

TEST(VersionIndex, FindsTheLatestVersionInEachLanguage) {
    const VersionIndex index({recordedVersion("p", "d", Lang::En, 1), recordedVersion("p", "d", Lang::En, 3), recordedVersion("p", "d", Lang::En, 2),
                              recordedVersion("p", "d", Lang::Ur, 1)});
    ASSERT_NE(index.latest({"p", "d", Lang::En}), nullptr);
    EXPECT_EQ(index.latest({"p", "d", Lang::En})->version, 3);
    EXPECT_EQ(index.versions({"p", "d", Lang::En}).front().version, 1);
    EXPECT_EQ(index.latest({"p", "other", Lang::En}), nullptr);
    EXPECT_TRUE(index.isRegistered("p", "d"));
    EXPECT_FALSE(index.isRegistered("p", "other"));
}

TEST(VersionIndex, AFinalVersionFollowedByAnotherIsSuperseded) {
    const DocumentKey key{"p", "letter-of-intent", Lang::En};
    const VersionIndex signedThenChanged({recordedVersion("p", "letter-of-intent", Lang::En, 1, Status::Final),
                                          recordedVersion("p", "letter-of-intent", Lang::En, 2, Status::Draft),
                                          recordedVersion("p", "letter-of-intent", Lang::En, 3, Status::Draft)});
    const auto superseded = signedThenChanged.supersededFinal(key);
    ASSERT_TRUE(superseded);
    EXPECT_EQ(superseded->finalVersion, 1);
    EXPECT_EQ(superseded->latestVersion, 3);
    EXPECT_EQ(superseded->finalContent, "content-1");
    EXPECT_EQ(superseded->latestContent, "content-3");
    EXPECT_EQ(superseded->message(), "final version v1 of p/letter-of-intent (en) superseded by v3 — re-sign");
    Supersession described = *superseded;
    described.changes = "\"Title\": \"a\" → \"b\"";
    EXPECT_EQ(described.message(),
              "final version v1 of p/letter-of-intent (en) superseded by v3 — re-sign; changed: \"Title\": \"a\" → \"b\"");

    const VersionIndex finalIsLatest({recordedVersion("p", "letter-of-intent", Lang::En, 1, Status::Draft),
                                      recordedVersion("p", "letter-of-intent", Lang::En, 2, Status::Final)});
    EXPECT_FALSE(finalIsLatest.supersededFinal(key));
    ASSERT_TRUE(finalIsLatest.latestFinalBefore(key, 3));
    EXPECT_EQ(finalIsLatest.latestFinalBefore(key, 3)->version, 2);
    EXPECT_FALSE(finalIsLatest.latestFinalBefore(key, 2));
}

// The inputs the latest version was last found current against are its
// check's; a check of an older version is stale, but a version made before
// contents were kept says what its check adopted.
TEST(VersionIndex, TheLatestVersionsCheckGivesItsInputsAndAdoptedContent) {
    const DocumentKey key{"p", "work-plan", Lang::En};
    DocumentRecord old = recordedVersion("p", "work-plan", Lang::En, 1);
    old.lookHash = old.contentHash = "";
    const DocumentCheck check{key, 1, {"templates", "data", "new look"}, "adopted", "2025-06-01T00:00:00Z"};
    const VersionIndex checked({old}, {check});
    EXPECT_EQ(checked.currentInputs(key), (InputHashes{"templates", "data", "new look"}));
    EXPECT_EQ(checked.latest(key)->contentHash, "adopted");

    const VersionIndex since({old, recordedVersion("p", "work-plan", Lang::En, 2)}, {check});
    EXPECT_EQ(since.currentInputs(key), (InputHashes{"templates", "data", "look"})) << "v2's own";
    EXPECT_EQ(since.versions(key).front().contentHash, "adopted") << "what v1 says, for what changed since";
    EXPECT_FALSE(since.currentInputs({"p", "other", Lang::En}));
}

}  // namespace
}  // namespace wop::store
