#include "batch_fixture.h"

#include "context/catalogue.h"
#include "model/loader.h"
#include "base/sha256.h"
#include "store/store.h"

namespace wop::batch {

namespace fs = std::filesystem;

test::CommandResult BatchTest::wopdocs(const std::string& command, const std::string& arguments) const {
    return test::run(test::shellQuote(test::wopdocsBinary()) + " " + command + " " + arguments + " --data-dir " +
                     test::shellQuote(dataDir().string()) + " --database " + test::shellQuote(database_));
}

fs::path BatchTest::copyTemplates() const {
    const fs::path copy = scratch_ / "templates";
    fs::copy(test::sourceDir() / "templates", copy, fs::copy_options::recursive);
    return copy;
}

void BatchTest::importSamples() const {
    const auto result = wopdocs("import", test::shellQuote((test::sourceDir() / "samples").string()));
    ASSERT_EQ(result.exitCode, 0) << result.output;
}

std::set<std::string> BatchTest::versions() const {
    std::set<std::string> versions;
    for (const store::DocumentRecord& record : registry())
        versions.insert(record.key.str() + " v" + std::to_string(record.version));
    return versions;
}

std::vector<store::DocumentRecord> BatchTest::registry() const {
    store::Store store({dataDir(), database_});
    return store.registry().all();
}

std::set<std::string> BatchTest::documentFiles() const {
    std::set<std::string> files;
    if (!fs::exists(dataDir() / "documents")) return files;
    for (const auto& entry : fs::recursive_directory_iterator(dataDir() / "documents"))
        if (entry.is_regular_file()) files.insert(entry.path().lexically_relative(dataDir()).generic_string());
    return files;
}

void BatchTest::expectRegistryMatchesFiles() const {
    std::set<std::string> registered;
    for (const store::DocumentRecord& record : registry()) {
        const fs::path file = dataDir() / record.path;
        ASSERT_TRUE(fs::exists(file)) << record.path;
        EXPECT_EQ(base::sha256OfFile(file), record.pdfSha256) << record.path;
        EXPECT_TRUE(registered.insert(record.path).second) << "two rows for " << record.path;
    }
    EXPECT_EQ(documentFiles(), registered) << "files without a row, or temporary files";
}

std::size_t sampleDocuments() {
    std::size_t documents = 0;
    for (const auto& file : fs::directory_iterator(test::sourceDir() / "samples")) {
        if (file.path().extension() != ".json") continue;
        const model::LoadResult loaded = model::loadPartnershipFile(file.path().string());
        documents += context::availableDocuments(*loaded.partnership).size();
    }
    return 2 * (documents + 1);
}

}  // namespace wop::batch
