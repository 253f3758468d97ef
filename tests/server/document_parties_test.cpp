// Whose documents: a utility sees the versions made while it was a party
// to the partnership, whatever the partnership's parties are now.
#include <gtest/gtest.h>

#include "portal_fixture.h"
#include "server/users.h"
#include "store/store.h"

namespace wop::test {
namespace {

TEST(PortalDocumentParties, AChangedMentorSeesTheNewVersionsAndTheOldOneItsOwn) {
    const PortalServer portal;
    {
        store::Store store(store::StoreLocation{portal.dataDir(), ""});
        server::Users(store.database()).add({"karachi", server::Account::Role::Utility, "kwsc-karachi"}, password);
    }
    const std::string before = "/api/documents/lahore-faisalabad-nrw.letter-of-intent.en.v1/download";
    const std::string after = "/api/documents/lahore-faisalabad-nrw.letter-of-intent.en.v2/download";
    const Client lahore = portal.signIn("lahore");
    ASSERT_EQ(portal.get(before, lahore).status, 200);

    // Karachi's utility becomes the mentor in Lahore's place.
    std::string json = readFile(sourceDir() / "samples" / "lahore-faisalabad-nrw.json");
    for (const auto& [from, to] : {std::pair<std::string, std::string>{"\"id\": \"wasa-lahore\"", "\"id\": \"kwsc-karachi\""},
                                   {"Water and Sanitation Agency Lahore", "Karachi Water and Sewerage Corporation"},
                                   {"\"short_name\": \"WASA Lahore\"", "\"short_name\": \"KWSC Karachi\""}}) {
        ASSERT_NE(json.find(from), std::string::npos) << from;
        json.replace(json.find(from), from.size(), to);
    }
    portal.importPartnership("lahore-faisalabad-nrw", json);
    ASSERT_EQ(portal.regenerate("lahore-faisalabad-nrw"), "succeeded");

    const Client karachi = portal.signIn("karachi");
    EXPECT_EQ(portal.get(after, karachi).status, 200);
    EXPECT_EQ(portal.get(before, karachi).status, 404);
    const std::string karachiList = portal.get("/api/partnerships/lahore-faisalabad-nrw/documents", karachi).body;
    EXPECT_NE(karachiList.find("letter-of-intent.en.v2"), std::string::npos);
    EXPECT_EQ(karachiList.find("letter-of-intent.en.v1"), std::string::npos);

    EXPECT_EQ(portal.get(before, lahore).status, 200);
    EXPECT_EQ(portal.get(after, lahore).status, 404);
    EXPECT_EQ(portal.get("/partnerships/lahore-faisalabad-nrw", lahore).status, 200);
    const std::string lahoreList = portal.get("/api/partnerships/lahore-faisalabad-nrw/documents", lahore).body;
    EXPECT_NE(lahoreList.find("letter-of-intent.en.v1"), std::string::npos);
    EXPECT_EQ(lahoreList.find("letter-of-intent.en.v2"), std::string::npos);
    EXPECT_NE(portal.get("/api/partnerships", lahore).body.find("lahore-faisalabad-nrw"), std::string::npos);
}

}  // namespace
}  // namespace wop::test
