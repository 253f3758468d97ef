// The document registry: every PDF made, one row per version of a document
// in a language, never updated or deleted. The key (partnership, document,
// language, version) is UNIQUE, so a version is recorded once whatever
// happens to the process that made it.
#pragma once

#include <optional>
#include <span>
#include <string>
#include <vector>

#include "store/database.h"
#include "store/document_record.h"
#include "store/version_index.h"

namespace wop::store {

class Registry {
public:
    explicit Registry(Database& database) : database_(database) {}

    // In a transaction of their own: all or none. Throws StoreError, naming
    // the document, when a version is recorded already or the database fails.
    void add(std::span<const DocumentRecord> records);
    void add(const DocumentRecord& record) { add(std::span(&record, 1)); }
    // One version of a document, when recorded.
    std::optional<DocumentRecord> find(const DocumentKey& key, int version);
    // The version whose PDF has this SHA-256 (lowercase hex), when one has.
    std::optional<DocumentRecord> findByPdfSha256(const std::string& sha256);
    // Ordered by partnership, document, language and version.
    std::vector<DocumentRecord> all();
    // Every record with the checks of the latest versions (document_checks.h):
    // what a batch plans from and `status` reports.
    VersionIndex index();
    // The same of one partnership's documents (programKey: the road map's).
    VersionIndex indexOf(const std::string& partnership);
    std::vector<DocumentRecord> ofPartnership(const std::string& partnership);
    // The partnerships with a version made while `organisation` was their mentor or mentee.
    std::vector<std::string> partnershipsWithParty(const std::string& organisation);
    // The final version that prints `code` (verification_code.h, normalized).
    // Codes are derived, not stored: the finals are read and each one's
    // worked out, a millisecond for a few thousand.
    std::optional<DocumentRecord> findByVerificationCode(const std::string& code);

private:
    void insert(const DocumentRecord& record);
    // All records, or those of one partnership.
    std::vector<DocumentRecord> select(const std::string* partnership);

    Database& database_;
};

}  // namespace wop::store
