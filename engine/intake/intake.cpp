#include "intake/intake.h"

#include <algorithm>
#include <set>

#include "base/sha256.h"
#include "pdf/revisions.h"
#include "pdf/signature_inspection.h"
#include "pdf/writer.h"
#include "store/complete_pdf.h"

namespace wop::intake {

namespace {

// The earlier revisions tried: the version itself and its seal come first,
// the signatories' updates after them.
constexpr std::size_t revisionsTried = 64;

std::string versionName(const store::DocumentKey& key, int version) {
    return "version " + std::to_string(version) + " of " + key.str();
}

// A PDF, whole and within the limit, as qpdf reads its signature fields.
pdf::SignatureFields checkedPdf(std::string_view bytes, const IntakeLimits& limits) {
    if (bytes.empty()) throw UploadRefused("the file is empty");
    if (bytes.size() > limits.maxBytes)
        throw UploadRefused("the file is larger than the " + limits.maxSize() + " a signed copy may be");
    if (!bytes.starts_with("%PDF-")) throw UploadRefused("the file is not a PDF (it does not start with %PDF-)");
    if (!store::isCompletePdf(bytes))
        throw UploadRefused("the PDF is not whole (it does not end with %%EOF): was the upload cut short?");
    try {
        return pdf::inspectSignatures(bytes);
    } catch (const pdf::PdfError& e) {
        throw UploadRefused(std::string("the PDF cannot be read: ") + e.what());
    }
}

// The registered version that is an earlier revision of the copy, and that
// revision's length.
std::optional<std::pair<store::DocumentRecord, std::size_t>> originalOf(store::Registry& registry, std::string_view bytes) {
    const std::vector<std::size_t> lengths = pdf::earlierRevisionLengths(bytes, revisionsTried);
    const std::vector<std::string> digests = base::sha256OfPrefixes(bytes, lengths);
    for (std::size_t i = 0; i < lengths.size(); ++i)
        if (auto record = registry.findByPdfSha256(digests[i])) return std::pair{*record, lengths[i]};
    return std::nullopt;
}

// The version a scanned copy's uploader named.
store::DocumentRecord namedVersion(store::Registry& registry, const NamedVersion& named) {
    if (named.version) {
        if (auto record = registry.find(named.key, *named.version)) return *record;
        throw UploadRefused("there is no " + versionName(named.key, *named.version));
    }
    const store::VersionIndex index = registry.index();
    const auto& versions = index.versions(named.key);
    auto final = std::find_if(versions.rbegin(), versions.rend(),
                              [](const store::DocumentRecord& r) { return r.status == model::Status::Final; });
    if (final == versions.rend()) throw UploadRefused(named.key.str() + " has no final version to sign");
    return *final;
}

void checkMayFile(const Upload& upload, const store::DocumentRecord& version) {
    if (!upload.mayFile(version.key.partnership))
        throw UploadRefused("the file is a copy of a document of another partnership (" + version.key.partnership + ")");
    if (version.status != model::Status::Final)
        throw UploadRefused(versionName(version.key, version.version) +
                            " is a draft, for comment: only final versions are signed");
}

// The signatures the signatories added to the version, and how many of its
// fields for them hold one that matches its bytes.
void addSignatures(store::SignedCopy& copy, const pdf::SignatureFields& inCopy, const pdf::SignatureFields& inVersion) {
    std::set<std::string> signedBefore;
    for (const pdf::FoundSignature& signature : inVersion.signatures) signedBefore.insert(signature.field);
    std::set<std::string> signatoriesSigned;
    for (const pdf::FoundSignature& signature : inCopy.signatures) {
        if (signedBefore.contains(signature.field)) continue;
        copy.signatures.push_back({signature.field, signature.signer, signature.digestMatches});
        const auto& fields = inVersion.emptyFields;
        if (signature.digestMatches && std::find(fields.begin(), fields.end(), signature.field) != fields.end())
            signatoriesSigned.insert(signature.field);
    }
    copy.signatoryFields = static_cast<int>(inVersion.emptyFields.size());
    copy.signatoriesSigned = static_cast<int>(signatoriesSigned.size());
}

}  // namespace

std::string IntakeLimits::maxSize() const {
    constexpr std::size_t megabyte = 1024 * 1024;
    return maxBytes % megabyte == 0 ? std::to_string(maxBytes / megabyte) + " MB" : std::to_string(maxBytes) + " bytes";
}

store::SignedCopy receiveSignedCopy(store::Store& store, const Upload& upload, const IntakeLimits& limits) {
    const pdf::SignatureFields fields = checkedPdf(upload.bytes, limits);
    store::SignedCopy copy;
    copy.sha256 = base::sha256(upload.bytes);
    copy.uploadedBy = upload.uploadedBy;
    store::SignedCopies copies = store.signedCopies();
    if (const auto filed = copies.findBySha256(copy.sha256))
        throw UploadRefused("this file is filed already, as a signed copy of " + versionName(filed->key, filed->version) +
                            " (" + filed->uploadedAt + ", " + filed->uploadedBy + ")");
    store::Registry registry = store.registry();
    if (const auto unchanged = registry.findByPdfSha256(copy.sha256))
        throw UploadRefused("this is " + versionName(unchanged->key, unchanged->version) +
                            " as it was made: nothing is signed in it");

    if (const auto original = originalOf(registry, upload.bytes)) {
        const auto& [version, length] = *original;
        if (upload.named && (upload.named->key != version.key || upload.named->version.value_or(version.version) != version.version))
            throw UploadRefused("the file is a signed copy of " + versionName(version.key, version.version) + ", not of " +
                                upload.named->key.str());
        checkMayFile(upload, version);
        copy.key = version.key;
        copy.version = version.version;
        copy.kind = store::CopyKind::Digital;
        addSignatures(copy, fields, pdf::inspectSignatures(upload.bytes.substr(0, length)));
        if (copy.signatures.empty())
            throw UploadRefused("nothing was signed in " + versionName(version.key, version.version) +
                                ": the file adds no signature to it");
    } else {
        if (!fields.signatures.empty())
            throw UploadRefused("the file is signed digitally, but not over any version of a document made here: "
                                "upload the file as the signatories' PDF reader saved it, not printed or exported again");
        if (!upload.named)
            throw UploadRefused("the file has no digital signature: as a scanned copy, it needs the document it is a "
                                "copy of to be named");
        const store::DocumentRecord version = namedVersion(registry, *upload.named);
        checkMayFile(upload, version);
        copy.key = version.key;
        copy.version = version.version;
        copy.kind = store::CopyKind::Scanned;
    }
    copies.add(copy, upload.bytes);
    return copy;
}

std::optional<Identified> identifyPdf(store::Store& store, std::string_view bytes) {
    const std::string sha256 = base::sha256(bytes);
    store::Registry registry = store.registry();
    if (auto made = registry.findByPdfSha256(sha256)) return Identified{*made, Identified::As::Made};
    if (const auto copy = store.signedCopies().findBySha256(sha256))
        if (auto version = registry.find(copy->key, copy->version))
            return Identified{*version, Identified::As::FiledCopy};
    if (auto original = originalOf(registry, bytes)) return Identified{original->first, Identified::As::SignedSince};
    return std::nullopt;
}

}  // namespace wop::intake
