// A data folder in a scratch folder, with what every fault test checks once
// the fault has struck: whatever went wrong, each registry row has its PDF
// with the SHA-256 it records, each PDF has its row, nothing half-written is
// left, and the next run finishes the work.
#pragma once

#include <gtest/gtest.h>

#include <filesystem>
#include <set>
#include <string>
#include <vector>

#include "store/document_record.h"
#include "support.h"

namespace wop::fault {

class FaultTest : public ::testing::Test {
protected:
    const std::filesystem::path& dataDir() const { return dataDir_; }
    // The options that name the store: --data-dir, and --database unless
    // database_ is empty (SQLite in the data folder, the default).
    std::vector<std::string> storeArguments() const;
    // `wopdocs COMMAND ARGUMENTS` on the store, after the shell commands
    // `before` (limits, privileges), through the shell.
    test::CommandResult wopdocs(const std::string& command, const std::string& arguments = "",
                                const std::string& before = "") const;
    // The sample partnerships imported into the store.
    void importSamples() const;

    std::vector<store::DocumentRecord> registry() const;
    // Every file under DATA/documents, relative to the data folder.
    std::set<std::string> documentFiles() const;
    std::size_t pdfCount() const;
    // Right after a fault: each row's PDF is there with its SHA-256, and
    // every other file is a PDF with the pending record that vouches for it
    // (the next batch registers it) or such a record alone (the next batch
    // tidies it): nothing half-written, no PDF nothing vouches for.
    void expectStoreConsistent() const;
    // Once a run has finished the work: the files are exactly the registered PDFs.
    void expectRegistryMatchesFiles() const;
    // After a run that finished the work: every document of the samples
    // registered once, as version 1, and a further batch has nothing to do.
    void expectEverySampleDocumentMadeOnce() const;
    // The fault gone, a batch finishes the work.
    void expectTheNextRunCompletes() const;

    test::ScratchDir scratch_{"fault"};
    std::filesystem::path dataDir_ = scratch_ / "data";
    std::string database_;  // empty: SQLite in the data folder

private:
    // Each row's file exists, complete, with its SHA-256; the registered paths.
    std::set<std::string> expectRegisteredFilesIntact() const;
};

// What to put before a command so that wopdocs runs with
// tests/fault/failing_calls.c loaded, its VARIABLE set to TEXT: the calls
// that variable names fail with EIO.
std::string withFailingCalls(const std::string& variable, const std::string& text);

// Every file under `out` is a complete PDF: no temporary file, no torn PDF
// left behind. Returns how many there are.
std::size_t expectOnlyCompletePdfs(const std::filesystem::path& out);

// "... --out DIR": `wopdocs generate` of one sample partnership, both languages.
std::string generateArguments(const std::filesystem::path& out);
// How many PDFs that makes.
std::size_t generatedDocuments();

}  // namespace wop::fault
