// Stage `intake`: signed copies back from the signatories. A copy uploaded
// through the portal or given to `wopdocs signed add` is checked (a PDF,
// whole, not too large, readable), matched to the registered version it
// signs, and kept in the store with the signatures found in it
// (store/signed_copies.h, docs/delivery.md).
//
// Which version: a digitally signed copy is the version's own file with
// the signatories' incremental updates appended, so one of its earlier
// revisions (the file up to an %%EOF) has the SHA-256 the registry keeps
// of the version. A copy without digital signatures (a scan of the signed
// paper) cannot be matched by its bytes: its uploader names the version.
#pragma once

#include <cstddef>
#include <functional>
#include <optional>
#include <stdexcept>
#include <string>
#include <string_view>

#include "store/signed_copies.h"
#include "store/store.h"

namespace wop::intake {

struct IntakeLimits {
    std::size_t maxBytes = 20 * 1024 * 1024;

    // "20 MB"
    std::string maxSize() const;
};

// The version a copy is of, as its uploader names it: a document in a
// language, and a version, or else its latest final version.
struct NamedVersion {
    store::DocumentKey key;
    std::optional<int> version;
};

struct Upload {
    std::string_view bytes;
    std::string uploadedBy;
    // Needed for a scanned copy; a digital copy, matched by its bytes, must
    // be of this version when one is named.
    std::optional<NamedVersion> named;
    // Whether the uploader may file copies of the documents of a
    // partnership (store::programKey for the road map).
    std::function<bool(const std::string& partnership)> mayFile;
};

// An upload turned away: what() says why, for the uploader. Nothing of it
// was stored.
class UploadRefused : public std::runtime_error {
public:
    using std::runtime_error::runtime_error;
};

// Checks the upload, finds the version it signs and keeps it. Throws
// UploadRefused, or store::StoreError when the store fails.
store::SignedCopy receiveSignedCopy(store::Store& store, const Upload& upload, const IntakeLimits& limits);

// What a PDF someone holds is, for the public verification page: a
// registered version as it was made, a signed copy filed of one, or one
// with signatures added since that was never filed. Nothing is stored.
struct Identified {
    enum class As { Made, FiledCopy, SignedSince };
    store::DocumentRecord version;
    As as = As::Made;
};
std::optional<Identified> identifyPdf(store::Store& store, std::string_view bytes);

}  // namespace wop::intake
