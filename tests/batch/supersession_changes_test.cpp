// What changed since a final version, from the markup the store keeps of
// each version.
#include <gtest/gtest.h>

#include "batch/supersession_changes.h"
#include "database_test.h"
#include "store/store.h"

namespace wop::batch {
namespace {

class SupersessionChanges : public test::DatabaseTest {
protected:
    // Version 1 (final) saying `signedMarkup`, version 2 `latestMarkup`.
    std::string changes(const std::string& signedMarkup, const std::string& latestMarkup) {
        store::Store store({scratch_ / "data", database_});
        store::DocumentContents contents = store.contents();
        contents.keep(std::vector<store::DocumentContent>{{"signed", signedMarkup}, {"latest", latestMarkup}});
        return supersessionChanges(contents, supersession("signed", "latest"));
    }
    static store::Supersession supersession(const std::string& finalContent, const std::string& latestContent) {
        return {{"lahore", "letter-of-intent", model::Lang::En}, 1, 2, finalContent, latestContent, "", ""};
    }
};
WOPDOCS_ON_EVERY_DATABASE(SupersessionChanges);

TEST_P(SupersessionChanges, SaysWhatTheWordsOfTheLatestVersionChanged) {
    EXPECT_EQ(changes("<document><h2>4. Next steps</h2><p>A visit.</p></document>",
                      "<document><h2>4. Next steps</h2><p>Two visits.</p></document>"),
              "\"4. Next steps\": \"A visit.\" → \"Two visits.\"");
}

TEST_P(SupersessionChanges, SameWordsAreFormattingOnly) {
    EXPECT_EQ(changes("<document><p>A visit.</p></document>", "<document><p align=\"center\">A <b>visit</b>.</p></document>"),
              "formatting only");
}

TEST_P(SupersessionChanges, NothingIsSaidOfAVersionWhoseMarkupIsNotKept) {
    store::Store store({scratch_ / "data", database_});
    store::DocumentContents contents = store.contents();
    EXPECT_EQ(supersessionChanges(contents, supersession("", "latest")), "") << "made before contents were kept";
    EXPECT_EQ(supersessionChanges(contents, supersession("unknown", "latest")), "");
}

}  // namespace
}  // namespace wop::batch
