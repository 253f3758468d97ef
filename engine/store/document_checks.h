// What a batch found when a document's templates, data or look changed but
// what it says did not: its latest version is still current. One row per
// version found current, replaced at each later check of it, so that the
// registry's rows stay as they were made; the next batch compares its inputs
// with the latest version's and renders nothing while they match. Kept for
// older versions too: the content a check adopted for a version made before
// contents were kept is what that version says.
#pragma once

#include <span>
#include <string>
#include <vector>

#include "store/database.h"
#include "store/document_record.h"

namespace wop::store {

struct DocumentCheck {
    DocumentKey key;
    int version = 0;     // the version found current, the latest then
    InputHashes inputs;  // what it was found current against
    // What it says; for a version made before contents were kept, the
    // markup it was found to say, adopted at its first check.
    std::string contentHash;
    std::string checkedAt;  // UTC
};

class DocumentChecks {
public:
    explicit DocumentChecks(Database& database) : database_(database) {}

    // In a transaction of their own: each replaces the row of its version.
    // Throws StoreError.
    void record(std::span<const DocumentCheck> checks);
    std::vector<DocumentCheck> all();
    std::vector<DocumentCheck> ofPartnership(const std::string& partnership);

private:
    // All checks, or those of one partnership.
    std::vector<DocumentCheck> select(const std::string* partnership);

    Database& database_;
};

}  // namespace wop::store
