// The PDFs under the data folder, one file per registered version:
//
//   DATA/documents/<partnership>/<document>.<lang>.v<N>.pdf
//   DATA/documents/program/roadmap.<lang>.v<N>.pdf
//
// A file is never overwritten. A PDF reaches its name only when complete and
// on disk, described by a pending record (the registry row to come) that is
// on disk before it, and the registry row follows; so a process killed at
// any moment leaves at worst a temporary file or a PDF without its row,
// which recover() tidies or registers before the next batch.
#pragma once

#include <filesystem>
#include <map>
#include <optional>
#include <string>
#include <tuple>
#include <vector>

#include "store/document_record.h"
#include "store/registry.h"

namespace wop::store {

struct RecoveryReport {
    int adopted = 0;         // complete PDFs whose row was missing, now registered
    int removed = 0;         // PDFs without a row that could not be vouched for
    int temporaryFiles = 0;  // half-written files deleted

    RecoveryReport& operator+=(const RecoveryReport& other);
};

// A document made and not yet in place: the row to come (its path set) and
// the PDF.
struct NewDocument {
    DocumentRecord record;
    std::string pdf;
};

// What publish() did with a group of documents.
struct Publication {
    // For each document, in order: why it is not in place (a full disk, a
    // file of that name already), or nothing when it is.
    std::vector<std::optional<std::string>> errors;
    std::filesystem::path pendingRecord;  // settle() removes it; empty when none was written
};

class DocumentFiles {
public:
    explicit DocumentFiles(std::filesystem::path dataDir) : dataDir_(std::move(dataDir)) {}

    // "documents/<partnership>/<document>.<lang>.v<N>.pdf", relative to the data folder.
    static std::string relativePath(const DocumentKey& key, int version);
    std::filesystem::path absolute(const std::string& relativePath) const { return dataDir_ / relativePath; }

    // Puts a group of documents in place at the cost of one pending record:
    // each PDF is refused if torn (isCompletePdf), written under a
    // temporary name beside its final one and synced to disk; one pending
    // record for the group (every row to come, with each PDF's SHA-256) is
    // written and synced, its folder too; then each PDF is renamed to its
    // final name and the folders are synced. A document that cannot be
    // written fails alone; when the pending record cannot be, the group
    // does. Sets the SHA-256 of each record in place. The documents are
    // one partnership's (or the road map's): the pending record lies in
    // their folder, which recover() reads alone.
    Publication publish(std::vector<NewDocument>& documents) const;
    // Once the registry holds the group's records: its pending record goes.
    void settle(const Publication& publication) const;

    // Before a batch makes a partnership's documents, in the partnership's
    // folder (`partnership`: its id, or programKey), under its claim
    // (BatchClaims): deletes temporary files; a PDF without a registry row
    // is adopted when a pending record vouches for it (same document,
    // version and SHA-256), otherwise deleted; then the pending records go.
    RecoveryReport recover(Registry& registry, const std::string& partnership) const;
    // The rows the pending records left in the data folder describe, by
    // document and version.
    std::map<std::tuple<DocumentKey, int>, DocumentRecord> pendingRecords() const;

private:
    struct Listing;  // the files of documents/, by kind
    // Of one partnership's folder, or of every folder when null.
    Listing list(const std::string* partnership) const;
    static std::map<std::tuple<DocumentKey, int>, DocumentRecord> read(
        const std::vector<std::filesystem::path>& pendingRecords);

    std::filesystem::path dataDir_;
};

}  // namespace wop::store
