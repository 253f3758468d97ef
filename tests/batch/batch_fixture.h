// `wopdocs import`, `batch` and `status` as a user runs them, on a store in
// a scratch folder, with each kind of database.
#pragma once

#include <filesystem>
#include <set>
#include <string>
#include <vector>

#include "database_test.h"
#include "store/document_record.h"

namespace wop::batch {

class BatchTest : public test::DatabaseTest {
protected:
    std::filesystem::path dataDir() const { return scratch_ / "data"; }
    // `wopdocs COMMAND ARGUMENTS --data-dir ... --database ...`
    test::CommandResult wopdocs(const std::string& command, const std::string& arguments = "") const;
    // The templates copied into the scratch folder, for a test to change: the path for --templates.
    std::filesystem::path copyTemplates() const;

    // `wopdocs import` of every sample partnership.
    void importSamples() const;

    std::vector<store::DocumentRecord> registry() const;
    // Every version registered: "lahore-faisalabad-nrw/letter-of-intent (en) v2".
    std::set<std::string> versions() const;
    // Every file under DATA/documents, relative to the data folder.
    std::set<std::string> documentFiles() const;
    // What the registry and the files must be whatever happened before:
    // each row's file is there with its SHA-256, each file has its row, no
    // temporary file is left.
    void expectRegistryMatchesFiles() const;
};

// How many documents a clean batch makes of the samples importSamples()
// imports: each available document in both languages, and the road map in both.
std::size_t sampleDocuments();

}  // namespace wop::batch
