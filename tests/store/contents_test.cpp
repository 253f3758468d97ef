// What each version says, kept once per text, and the checks that found a
// latest version still current.
#include <gtest/gtest.h>

#include "store/document_checks.h"
#include "store/document_contents.h"
#include "store_fixture.h"

namespace wop::store {
namespace {

class ContentsTest : public StoreTest {};
WOPDOCS_ON_EVERY_DATABASE(ContentsTest);

TEST_P(ContentsTest, KeepsEachTextOnceUnderItsHash) {
    Store store(location_);
    DocumentContents contents = store.contents();
    const std::string urdu = "<document lang=\"ur\"><p>خطِ ارادہ</p></document>";
    contents.keep(std::vector<DocumentContent>{{"urdu", urdu}, {"english", "<document/>"}});
    contents.keep(std::vector<DocumentContent>{{"urdu", urdu}});  // made again by another version
    EXPECT_EQ(contents.markup("urdu"), urdu);
    EXPECT_EQ(contents.markup("english"), "<document/>");
    EXPECT_FALSE(contents.markup("unknown"));
}

TEST_P(ContentsTest, ACheckOfAVersionReplacesItsLastOne) {
    Store store(location_);
    DocumentChecks checks = store.checks();
    const DocumentKey key{"lahore", "work-plan", model::Lang::Ur};
    checks.record(std::vector<DocumentCheck>{{key, 1, {"templates", "data", "look"}, "content", "2025-06-01T00:00:00Z"}});
    checks.record(std::vector<DocumentCheck>{{key, 1, {"edited", "data", "look"}, "content", "2025-06-02T00:00:00Z"}});
    auto all = checks.all();
    ASSERT_EQ(all.size(), 1u);
    EXPECT_EQ(all[0].key, key);
    EXPECT_EQ(all[0].version, 1);
    EXPECT_EQ(all[0].inputs, (InputHashes{"edited", "data", "look"}));
    EXPECT_EQ(all[0].contentHash, "content");
    EXPECT_EQ(all[0].checkedAt, "2025-06-02T00:00:00Z");

    // A later version's check leaves what was found of the earlier one.
    checks.record(std::vector<DocumentCheck>{{key, 2, {"edited", "new data", "look"}, "other", "2025-06-03T00:00:00Z"}});
    EXPECT_EQ(checks.all().size(), 2u);
}

}  // namespace
}  // namespace wop::store
