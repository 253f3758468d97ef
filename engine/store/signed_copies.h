// The signed copies of registered versions that come back from the
// signatories (docs/store.md, docs/delivery.md): each copy's file beside
// the documents, its SHA-256, the version it signs, who brought it and
// when, and what it holds: the signatures added to the version (a digital
// copy) or none that can be read (a scanned one). A copy is added once, and
// never changed or removed.
#pragma once

#include <filesystem>
#include <functional>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include <Poco/Data/Statement.h>

#include "store/database.h"
#include "store/document_record.h"

namespace wop::store {

// A signature a signatory added to the version.
struct CopySignature {
    std::string field;   // the signature field: "mentee-director"
    std::string signer;  // the signer certificate's common name
    bool digestMatches = false;  // the signature holds over the bytes it signs
};

enum class CopyKind {
    Digital,  // the version's own bytes with signatures appended
    Scanned,  // any other PDF without a digital signature: a scan of the signed paper
};

std::string_view copyKindName(CopyKind kind);  // "digital", "scanned"
std::optional<CopyKind> parseCopyKind(std::string_view name);

struct SignedCopy {
    std::string sha256;  // of the copy's bytes, which name it
    DocumentKey key;     // the document and version it signs
    int version = 0;
    CopyKind kind = CopyKind::Scanned;
    // A digital copy: the version's signature fields for signatories (its
    // empty ones; the seal is not one) and how many of them hold a
    // signature that matches its bytes.
    int signatoryFields = 0;
    int signatoriesSigned = 0;
    std::vector<CopySignature> signatures;  // added to the version, in the file's order
    std::string path;        // relative to the data folder
    std::string uploadedBy;  // a portal user's name, or "facilitator (command line)"
    std::string uploadedAt;  // UTC

    // "signed by 2 of 3", "scanned copy"
    std::string state() const;
};

// What the copies of one version say together, their best: the digital
// copy with the most signatures, else a scan; null when there is none.
const SignedCopy* mostSigned(const std::vector<SignedCopy>& copiesOfOneVersion);
// The best's state: "signed by 2 of 3", "scanned copy"; empty when there is none.
std::string signedCopiesState(const std::vector<SignedCopy>& copiesOfOneVersion);
// The best copy of each version that has copies, by its document and
// version, for the portal to word in the reader's language; and its state.
using CopiesByVersion = std::map<std::pair<DocumentKey, int>, SignedCopy>;
CopiesByVersion mostSignedCopies(const std::vector<SignedCopy>& copies);
std::map<std::pair<DocumentKey, int>, std::string> signedCopiesStates(const std::vector<SignedCopy>& copies);

class SignedCopies {
public:
    SignedCopies(Database& database, std::filesystem::path dataDir)
        : database_(database), dataDir_(std::move(dataDir)) {}

    // "signed/<partnership>/<document>.<lang>.v<N>.<first 16 digits of the SHA-256>.pdf"
    static std::string relativePath(const DocumentKey& key, int version, const std::string& sha256);

    // Writes `bytes` to the copy's path (durably and atomically), then
    // records the copy and its signatures in one transaction; a copy that
    // cannot be recorded leaves no file. Sets the copy's path. Throws
    // StoreError, naming the copy, also when that file is recorded already.
    void add(SignedCopy& copy, std::string_view bytes);

    std::vector<SignedCopy> ofVersion(const DocumentKey& key, int version);
    // The copy whose bytes have this SHA-256 (lowercase hex).
    std::optional<SignedCopy> findBySha256(const std::string& sha256);
    // Every copy, ordered by document, language, version and upload.
    std::vector<SignedCopy> all();
    std::vector<SignedCopy> ofPartnership(const std::string& partnership);

private:
    // The copies `where` selects (empty: all), its placeholders bound by `bind`.
    std::vector<SignedCopy> select(const std::string& where, const std::function<void(Poco::Data::Statement&)>& bind);

    Database& database_;
    std::filesystem::path dataDir_;
};

}  // namespace wop::store
