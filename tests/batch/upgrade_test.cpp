// A store an older wopdocs made, whose registry knows neither the look nor
// what each version says: its first batch must not issue every document
// again, nor its rows change.
#include <gtest/gtest.h>

#include "batch_fixture.h"
#include "store/migrations.h"
#include "store/store.h"

namespace wop::batch {
namespace {

namespace fs = std::filesystem;
using namespace Poco::Data::Keywords;

// The last schema before contents were kept.
constexpr std::size_t schemaWithoutContents = 5;

class StoreOfAnOlderWopdocs : public BatchTest {
protected:
    // The samples' documents made into the data folder, registered as the
    // older wopdocs registered them: the schema it had, rows without a look
    // or content hash.
    void makeOldStore() {
        // The samples as an older wopdocs kept them: without images, which
        // its model did not know.
        std::string files;
        for (const char* name :
             {"lahore-faisalabad-nrw.json", "peshawar-mardan-metering.json", "rawalpindi-multan-billing.json"})
            files += " " + test::shellQuote(sample(name).string());
        edit(scratch_ / "lahore-faisalabad-nrw.json",
             "      \"logo\": \"images/pwon-logo.png\",\n      \"seal\": \"images/pwon-seal.png\",\n", "");
        const std::string made = "sqlite:" + (scratch_ / "made.sqlite").string();
        for (const std::string& arguments : {"import" + files, std::string("batch --jobs 2")}) {
            const auto result = test::run(test::shellQuote(test::wopdocsBinary()) + " " + arguments + " --data-dir " +
                                          test::shellQuote(dataDir().string()) + " --database " + test::shellQuote(made));
            ASSERT_EQ(result.exitCode, 0) << result.output;
        }
        store::Database from(made);
        store::Database old(database_);
        std::vector<store::Migration> steps = store::Migrations::schema().steps();
        steps.resize(schemaWithoutContents);
        store::Migrations(steps).apply(old);
        for (const store::StoredPartnership& p : store::Partnerships(from).all()) {
            old.session() << "INSERT INTO partnerships (id, source, json, sha256, imported_at) VALUES ($1, $2, $3, $4, $5)",
                useRef(p.id), useRef(p.source), useRef(p.json), useRef(p.sha256), useRef(p.importedAt), now;
        }
        for (const store::DocumentRecord& record : store::Registry(from).all()) {
            std::string lang = model::langCode(record.key.lang);
            std::string status(store::statusName(record.status));
            old.session() << "INSERT INTO documents (partnership, document, lang, version, status, pdf_sha256, "
                             "template_hash, data_hash, path, created_at) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10)",
                useRef(record.key.partnership), useRef(record.key.document), use(lang), useRef(record.version),
                use(status), useRef(record.pdfSha256), useRef(record.templateHash), useRef(record.dataHash),
                useRef(record.path), useRef(record.createdAt), now;
        }
        fs::remove(scratch_ / "made.sqlite");
    }
};
WOPDOCS_ON_EVERY_DATABASE(StoreOfAnOlderWopdocs);

TEST_P(StoreOfAnOlderWopdocs, ItsFirstBatchAdoptsWhatItsVersionsSay) {
    makeOldStore();
    const auto before = versions();
    const auto first = wopdocs("batch", "--jobs 2");
    EXPECT_EQ(first.exitCode, 0) << first.output;
    EXPECT_NE(first.output.find("nothing to do: " + std::to_string(sampleDocuments()) + " documents up to date"),
              std::string::npos)
        << first.output;
    EXPECT_EQ(versions(), before);
    for (const store::DocumentRecord& record : registry())
        EXPECT_EQ(record.contentHash, "") << record.path << ": a row changed";
    {
        store::Store store({dataDir(), database_});
        EXPECT_EQ(store.checks().all().size(), sampleDocuments()) << "each version checked, what it says adopted";
    }
    expectRegistryMatchesFiles();

    const auto second = wopdocs("batch");
    EXPECT_NE(second.output.find("nothing to do"), std::string::npos) << second.output;
    EXPECT_EQ(second.output.find("up to date lahore"), std::string::npos) << "nothing rendered: " << second.output;

    // What an adopted final version says is known: a change to it is described.
    const fs::path templates = copyTemplates();
    edit(templates / "en" / "letter-of-intent.mustache", "This Letter of Intent will be followed",
         "This Letter of Intent is to be followed");
    const auto edited = wopdocs("batch", "--templates " + test::shellQuote(templates.string()));
    EXPECT_NE(edited.output.find("2 made"), std::string::npos) << edited.output;
    EXPECT_NE(edited.output.find("superseded by v2 — re-sign; changed: \"4. Next steps\": \"This Letter of Intent will"),
              std::string::npos)
        << edited.output;
}

TEST_P(StoreOfAnOlderWopdocs, AVersionWhoseDataChangedSinceIsMadeAgain) {
    makeOldStore();
    const fs::path file = sample("peshawar-mardan-metering.json");
    edit(file, "PWON/WOP/", "PWON/WOP/NEW/");
    ASSERT_EQ(wopdocs("import", test::shellQuote(file.string())).exitCode, 0);

    const auto result = wopdocs("batch", "--jobs 2");
    EXPECT_EQ(result.exitCode, 0) << result.output;
    // Its 4 documents and the road map, which is every partnership's, in
    // both languages: what their versions said is not known.
    EXPECT_NE(result.output.find("10 made, " + std::to_string(sampleDocuments() - 10) + " up to date"),
              std::string::npos)
        << result.output;
    for (const store::DocumentRecord& record : registry()) {
        const bool remade =
            record.key.partnership == "peshawar-mardan-metering" || record.key.partnership == store::programKey;
        EXPECT_TRUE(record.version == 1 || remade) << record.path;
    }
    expectRegistryMatchesFiles();
}

}  // namespace
}  // namespace wop::batch
