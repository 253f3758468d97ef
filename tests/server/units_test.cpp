#include <gtest/gtest.h>

#include "server/document_listing.h"
#include "server/html.h"
#include "server/html_pages.h"
#include "server/password_hash.h"
#include "server/rate_limiter.h"
#include "server/registry_id.h"

namespace wop::server {
namespace {

TEST(PasswordHash, IsSaltedSlowAndVerifies) {
    const std::string a = hashPassword("correct horse battery staple");
    const std::string b = hashPassword("correct horse battery staple");
    EXPECT_NE(a, b);  // a salt of its own
    EXPECT_TRUE(a.starts_with("pbkdf2-sha256$" + std::to_string(passwordIterations) + "$"));
    EXPECT_GE(passwordIterations, 200000);
    EXPECT_EQ(a.size(), std::string("pbkdf2-sha256$600000$").size() + 32 + 1 + 64);
    EXPECT_TRUE(verifyPassword("correct horse battery staple", a));
    EXPECT_FALSE(verifyPassword("correct horse battery stapler", a));
    EXPECT_FALSE(verifyPassword("", a));
}

TEST(PasswordHash, RefusesStoredFormsItDoesNotKnow) {
    EXPECT_FALSE(verifyPassword("x", ""));
    EXPECT_FALSE(verifyPassword("x", "x"));
    EXPECT_FALSE(verifyPassword("x", "pbkdf2-sha256$1$00$00"));
    EXPECT_FALSE(verifyPassword("x", "md5$" + std::string(32, '0')));
}

TEST(RateLimiter, AllowsABurstThenRefusesUntilTokensComeBack) {
    RateLimiter limiter(0.001, 3);  // a token back every 1000 s: none during the test
    for (int i = 0; i < 3; ++i) EXPECT_TRUE(limiter.allow("127.0.0.1"));
    EXPECT_FALSE(limiter.allow("127.0.0.1"));
    EXPECT_TRUE(limiter.allow("127.0.0.2"));  // each client its own bucket
}

TEST(RegistryId, NamesAVersionOfADocumentInALanguage) {
    store::DocumentRecord record;
    record.key = {"lahore-faisalabad-nrw", "monthly-report-2024-08", model::Lang::Ur};
    record.version = 12;
    EXPECT_EQ(registryId(record), "lahore-faisalabad-nrw.monthly-report-2024-08.ur.v12");
    const auto ref = parseRegistryId(registryId(record));
    ASSERT_TRUE(ref);
    EXPECT_EQ(ref->key, record.key);
    EXPECT_EQ(ref->version, 12);
}

TEST(RegistryId, RefusesAnythingElse) {
    for (const char* wrong : {"", "x", "a.b.en", "a.b.de.v1", "a.b.en.v0", "a.b.en.v01", "../etc.b.en.v1",
                              "a/b.c.en.v1", "A.b.en.v1", "a.b.en.v1.pdf", "a..en.v1", "a.b.en.v9999999999"})
        EXPECT_FALSE(parseRegistryId(wrong)) << wrong;
}

store::DocumentRecord workPlanVersion(model::Lang lang, int number, const std::string& sha256) {
    store::DocumentRecord record;
    record.key = {"lahore-faisalabad-nrw", "work-plan", lang};
    record.version = number;
    record.pdfSha256 = sha256;
    record.createdAt = "2025-0" + std::to_string(number) + "-01T09:00:00Z";
    return record;
}

TEST(DocumentListing, AVersionWithTheBytesOfANewerOneIsLeftOut) {
    const auto version = workPlanVersion;
    const auto listed = listDocuments({version(model::Lang::En, 1, "aa"), version(model::Lang::En, 2, "aa"),
                                       version(model::Lang::En, 3, "bb"), version(model::Lang::En, 4, "bb"),
                                       version(model::Lang::Ur, 1, "aa")},
                                      {});
    ASSERT_EQ(listed.size(), 3u);
    EXPECT_EQ(listed[0].id, "lahore-faisalabad-nrw.work-plan.en.v4");
    EXPECT_TRUE(listed[0].latest);
    EXPECT_EQ(listed[1].id, "lahore-faisalabad-nrw.work-plan.en.v2");
    EXPECT_FALSE(listed[1].latest);
    EXPECT_EQ(listed[2].id, "lahore-faisalabad-nrw.work-plan.ur.v1");  // another language's bytes are its own
    EXPECT_TRUE(listed[2].latest);
}

TEST(Html, TheDocumentsPageShowsEachLatestVersionWithTheOlderFoldedUnderIt) {
    const auto listed = listDocuments({workPlanVersion(model::Lang::En, 1, "aa"), workPlanVersion(model::Lang::En, 2, "bb"),
                                       workPlanVersion(model::Lang::En, 3, "cc"), workPlanVersion(model::Lang::Ur, 1, "dd")},
                                      {});
    Session session;
    session.account.name = "lahore";
    session.account.utility = "wasa-lahore";
    session.csrfToken = "csrf";
    const std::string page = html::documentsPage(session, {"lahore-faisalabad-nrw", {"Title", ""}, ""}, listed,
                                                 std::nullopt, model::Lang::En);
    // One row per document and language; v1 and v2 only in the fold of v3's row.
    const auto rows = page.find("<tbody>");
    ASSERT_NE(rows, std::string::npos);
    std::size_t count = 0;
    for (auto at = page.find("<tr>", rows); at != std::string::npos; at = page.find("<tr>", at + 1)) ++count;
    EXPECT_EQ(count, 2u);
    const auto latest = page.find("work-plan.en.v3/download");
    const auto fold = page.find("<details><summary>Older versions (2)</summary>");
    const auto older = page.find("work-plan.en.v2/download");
    const auto oldest = page.find("work-plan.en.v1/download");
    ASSERT_NE(fold, std::string::npos) << page;
    EXPECT_LT(fold, older);
    EXPECT_LT(older, oldest);
    EXPECT_LT(oldest, page.find("</details>", fold));
    EXPECT_LT(page.find("</details>", fold), latest);  // the row's own download, after its version cell
    EXPECT_EQ(page.find("<details>", fold + 1), std::string::npos);  // Urdu has no older version
}

TEST(Html, EscapesEveryValue) {
    EXPECT_EQ(html::escape(R"(<script>alert("x") & 'y'</script>)"),
              "&lt;script&gt;alert(&quot;x&quot;) &amp; &#39;y&#39;&lt;/script&gt;");
    EXPECT_EQ(html::bilingual({"Work Plan", "لائحۂ عمل"}),
              R"(<span>Work Plan</span> <span class="ur" lang="ur" dir="auto">لائحۂ عمل</span>)");
}

}  // namespace
}  // namespace wop::server
