// The PDFs under the data folder, one file per registered version:
//
//   DATA/documents/<partnership>/<document>.<lang>.v<N>.pdf
//   DATA/documents/program/roadmap.<lang>.v<N>.pdf
//
// A file is never overwritten. A PDF reaches its name only when complete and
// on disk, and the registry row follows it, so a process killed at any
// moment leaves at worst a temporary file or a PDF without its row; recover()
// tidies both before the next batch.
#pragma once

#include <filesystem>
#include <string>

#include "store/document_record.h"
#include "store/registry.h"

namespace wop::store {

struct RecoveryReport {
    int adopted = 0;         // complete PDFs whose row was missing, now registered
    int removed = 0;         // PDFs without a row that could not be vouched for
    int temporaryFiles = 0;  // half-written files deleted
};

class DocumentFiles {
public:
    explicit DocumentFiles(std::filesystem::path dataDir) : dataDir_(std::move(dataDir)) {}

    // "documents/<partnership>/<document>.<lang>.v<N>.pdf", relative to the data folder.
    static std::string relativePath(const DocumentKey& key, int version);
    std::filesystem::path absolute(const std::string& relativePath) const { return dataDir_ / relativePath; }
    // Where the PDF of `record` (its path set) is written before publish():
    // beside its final name, so that the rename stays within one file system.
    std::filesystem::path stagingPath(const DocumentRecord& record) const;

    // Makes the staged PDF the record's file and returns the record with the
    // PDF's SHA-256. The PDF is synced to disk and refused if torn
    // (pdf::isCompletePdf), a pending record (the row to come) is written
    // beside it, then it is renamed to its final name.
    DocumentRecord publish(DocumentRecord record) const;
    // Once the registry holds the record: its pending record goes.
    void settle(const DocumentRecord& record) const;

    // Before a batch (under DataDirLock): deletes temporary files; a PDF
    // without a registry row is adopted when its pending record vouches for
    // it (same document, version and SHA-256), otherwise deleted.
    RecoveryReport recover(Registry& registry) const;

private:
    std::filesystem::path pendingPath(const DocumentRecord& record) const;

    std::filesystem::path dataDir_;
};

}  // namespace wop::store
