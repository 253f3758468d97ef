#include "fault_fixture.h"

#include <map>

#include "context/catalogue.h"
#include "model/loader.h"
#include "store/complete_pdf.h"
#include "store/document_files.h"
#include "base/sha256.h"
#include "store/store.h"

namespace wop::fault {

namespace fs = std::filesystem;

namespace {

const std::vector<std::string> samples = {"lahore-faisalabad-nrw.json", "peshawar-mardan-metering.json",
                                          "rawalpindi-multan-billing.json"};

std::size_t availableDocuments(const std::string& sample) {
    const model::LoadResult loaded = model::loadPartnershipFile((test::sourceDir() / "samples" / sample).string());
    return context::availableDocuments(*loaded.partnership).size();
}

}  // namespace

std::vector<std::string> FaultTest::storeArguments() const {
    std::vector<std::string> arguments = {"--data-dir", dataDir().string()};
    if (!database_.empty()) arguments.insert(arguments.end(), {"--database", database_});
    return arguments;
}

test::CommandResult FaultTest::wopdocs(const std::string& command, const std::string& arguments,
                                       const std::string& before) const {
    std::string line = before + test::shellQuote(test::wopdocsBinary()) + " " + command + " " + arguments;
    for (const std::string& argument : storeArguments()) line += " " + test::shellQuote(argument);
    return test::run(line);
}

void FaultTest::importSamples() const {
    const auto imported = wopdocs("import", test::shellQuote((test::sourceDir() / "samples").string()));
    ASSERT_EQ(imported.exitCode, 0) << imported.output;
}

std::vector<store::DocumentRecord> FaultTest::registry() const {
    store::Store store({dataDir(), database_});
    return store.registry().all();
}

std::set<std::string> FaultTest::documentFiles() const {
    std::set<std::string> files;
    std::error_code error;
    for (const auto& entry : fs::recursive_directory_iterator(dataDir() / "documents", error))
        if (entry.is_regular_file()) files.insert(entry.path().lexically_relative(dataDir()).generic_string());
    return files;
}

std::size_t FaultTest::pdfCount() const {
    std::size_t pdfs = 0;
    for (const std::string& file : documentFiles()) pdfs += file.ends_with(".pdf");
    return pdfs;
}

std::set<std::string> FaultTest::expectRegisteredFilesIntact() const {
    std::set<std::string> registered;
    for (const store::DocumentRecord& record : registry()) {
        const fs::path file = dataDir() / record.path;
        EXPECT_TRUE(fs::exists(file)) << record.path << " is registered but missing";
        if (fs::exists(file)) {
            EXPECT_EQ(base::sha256OfFile(file), record.pdfSha256) << record.path;
            EXPECT_TRUE(store::isCompletePdf(test::readFile(file))) << record.path << " is registered but torn";
        }
        EXPECT_TRUE(registered.insert(record.path).second) << "two rows for " << record.path;
    }
    return registered;
}

void FaultTest::expectStoreConsistent() const {
    const std::set<std::string> registered = expectRegisteredFilesIntact();
    std::map<std::string, std::string> vouchedFor;  // path -> SHA-256
    for (const auto& [document, record] : store::DocumentFiles(dataDir()).pendingRecords())
        vouchedFor[record.path] = record.pdfSha256;
    for (const std::string& file : documentFiles()) {
        if (registered.count(file) || file.ends_with(".pending")) continue;  // pending: adopted or tidied by the next batch
        const auto vouched = vouchedFor.find(file);
        EXPECT_TRUE(file.ends_with(".pdf") && vouched != vouchedFor.end())
            << file << ": neither registered nor a PDF vouched for by a pending record";
        if (vouched != vouchedFor.end()) {
            EXPECT_EQ(base::sha256OfFile(dataDir() / file), vouched->second)
                << file << ": not the PDF its record vouches for";
        }
    }
}

void FaultTest::expectRegistryMatchesFiles() const {
    EXPECT_EQ(documentFiles(), expectRegisteredFilesIntact()) << "files without a registry row";
}

void FaultTest::expectEverySampleDocumentMadeOnce() const {
    std::size_t documents = 0;
    for (const std::string& sample : samples) documents += availableDocuments(sample);
    const auto records = registry();
    EXPECT_EQ(records.size(), 2 * (documents + 1)) << "every document in both languages, and the road map";
    for (const auto& record : records) EXPECT_EQ(record.version, 1) << record.path << ": made twice";
    expectRegistryMatchesFiles();
    const auto again = wopdocs("batch");
    EXPECT_EQ(again.exitCode, 0) << again.output;
    EXPECT_NE(again.output.find("nothing to do"), std::string::npos) << again.output;
}

void FaultTest::expectTheNextRunCompletes() const {
    const auto rerun = wopdocs("batch", "--jobs 2");
    EXPECT_EQ(rerun.exitCode, 0) << rerun.output;
    expectEverySampleDocumentMadeOnce();
}

std::string withFailingCalls(const std::string& variable, const std::string& text) {
    // An ASan build's wopdocs refuses to start when a library is loaded
    // before its sanitizer runtime, as a preloaded one is: the check goes.
    // Other builds ignore the variable.
    return "LD_PRELOAD=" + test::shellQuote(WOPDOCS_FAILING_CALLS) +
           " ASAN_OPTIONS=\"${ASAN_OPTIONS:+$ASAN_OPTIONS:}verify_asan_link_order=0\" " + variable + "=" +
           test::shellQuote(text) + " ";
}

std::size_t expectOnlyCompletePdfs(const fs::path& out) {
    std::size_t pdfs = 0;
    for (const auto& entry : fs::recursive_directory_iterator(out)) {
        if (entry.is_directory()) continue;
        EXPECT_EQ(entry.path().extension(), ".pdf") << entry.path() << ": a temporary file left behind";
        EXPECT_TRUE(store::isCompletePdf(test::readFile(entry.path()))) << entry.path() << ": a torn PDF left behind";
        pdfs += entry.path().extension() == ".pdf";
    }
    return pdfs;
}

std::string generateArguments(const fs::path& out) {
    return test::shellQuote((test::sourceDir() / "samples" / samples.front()).string()) + " --out " +
           test::shellQuote(out.string());
}

std::size_t generatedDocuments() {
    return 2 * (availableDocuments(samples.front()) + 1);  // and the road map
}

}  // namespace wop::fault
