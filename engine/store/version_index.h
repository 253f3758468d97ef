// The registry's records grouped by document and language, oldest version
// first, with the checks of the latest versions: what a batch decides from
// and what `wopdocs status` shows.
#pragma once

#include <map>
#include <optional>
#include <string>
#include <vector>

#include "store/document_checks.h"
#include "store/document_record.h"

namespace wop::store {

// A final (signed) version replaced by a later one, which needs signing again.
struct Supersession {
    DocumentKey key;
    int finalVersion = 0;
    int latestVersion = 0;
    // What each says (DocumentContents); empty when not known.
    std::string finalContent;
    std::string latestContent;
    std::string changes;  // in words (markup/difference.h); empty when not known
    // The final version's signed copies (SignedCopies), "signed by 2 of 3"
    // or "scanned copy"; empty when none came back.
    std::string signedCopy;

    // "final version v1 of <key> superseded by v2 — re-sign", with ",
    // which has a signed copy (signed by 2 of 3)," after the key when one
    // came back, then "; changed: <changes>" when known.
    std::string message() const;
};

class VersionIndex {
public:
    // The inputs of a check count only while its version is the latest (a
    // later version was made against inputs of its own); the content it
    // adopted, always.
    explicit VersionIndex(const std::vector<DocumentRecord>& records, const std::vector<DocumentCheck>& checks = {});

    // Oldest first; empty when the document was never made in that language.
    // A version made before contents were kept has the content its check adopted.
    const std::vector<DocumentRecord>& versions(const DocumentKey& key) const;
    const DocumentRecord* latest(const DocumentKey& key) const;
    // What the latest version was last found current against: its check's
    // inputs, else those it was made from.
    std::optional<InputHashes> currentInputs(const DocumentKey& key) const;
    // Whether a version of the document was made, in either language.
    bool isRegistered(const std::string& partnership, const std::string& document) const;
    // The latest final version older than `version`.
    const DocumentRecord* latestFinalBefore(const DocumentKey& key, int version) const;
    // The latest final version, when a later version followed it.
    std::optional<Supersession> supersededFinal(const DocumentKey& key) const;
    const std::map<DocumentKey, std::vector<DocumentRecord>>& all() const { return versions_; }

private:
    std::map<DocumentKey, std::vector<DocumentRecord>> versions_;
    std::map<DocumentKey, InputHashes> checked_;  // of the latest versions
};

}  // namespace wop::store
