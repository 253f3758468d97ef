// The registry's records grouped by document and language, oldest version
// first: what a batch decides from and what `wopdocs status` shows.
#pragma once

#include <map>
#include <optional>
#include <string>
#include <vector>

#include "store/document_record.h"

namespace wop::store {

// A final (signed) version replaced by a later one, which needs signing again.
struct Supersession {
    int finalVersion = 0;
    int latestVersion = 0;

    // "final version v1 of <key> superseded by v2 — re-sign"
    std::string message(const DocumentKey& key) const;
};

class VersionIndex {
public:
    explicit VersionIndex(const std::vector<DocumentRecord>& records);

    // Oldest first; empty when the document was never made in that language.
    const std::vector<DocumentRecord>& versions(const DocumentKey& key) const;
    const DocumentRecord* latest(const DocumentKey& key) const;
    // Whether a version of the document was made, in either language.
    bool isRegistered(const std::string& partnership, const std::string& document) const;
    // The latest final version older than `version`.
    std::optional<int> latestFinalBefore(const DocumentKey& key, int version) const;
    // The latest final version, when a later version followed it.
    std::optional<Supersession> supersededFinal(const DocumentKey& key) const;
    const std::map<DocumentKey, std::vector<DocumentRecord>>& all() const { return versions_; }

private:
    std::map<DocumentKey, std::vector<DocumentRecord>> versions_;
};

}  // namespace wop::store
