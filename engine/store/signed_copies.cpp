#include "store/signed_copies.h"

#include <map>
#include <system_error>

#include <Poco/Data/Statement.h>
#include <Poco/Tuple.h>

#include "base/durable_file.h"
#include "store/store_error.h"
#include "store/timestamp.h"

using namespace Poco::Data::Keywords;

namespace wop::store {

namespace {

constexpr std::string_view kindNames[] = {"digital", "scanned"};

using CopyRow = Poco::Tuple<std::string, std::string, std::string, std::string, int, std::string, int, int, std::string,
                            std::string, std::string>;
using SignatureRow = Poco::Tuple<std::string, std::string, std::string, int>;

const char* const copyColumns =
    "sha256, partnership, document, lang, version, kind, signatory_fields, signatories_signed, path, uploaded_by, "
    "uploaded_at";

SignedCopy fromRow(const CopyRow& row) {
    SignedCopy copy;
    copy.sha256 = row.get<0>();
    const auto lang = parseLang(row.get<3>());
    const auto kind = parseCopyKind(row.get<5>());
    if (!lang || !kind)
        throw StoreError("signed copy " + copy.sha256 + " has an unknown language or kind: " + row.get<3>() + ", " +
                         row.get<5>());
    copy.key = {row.get<1>(), row.get<2>(), *lang};
    copy.version = row.get<4>();
    copy.kind = *kind;
    copy.signatoryFields = row.get<6>();
    copy.signatoriesSigned = row.get<7>();
    copy.path = row.get<8>();
    copy.uploadedBy = row.get<9>();
    copy.uploadedAt = row.get<10>();
    return copy;
}

}  // namespace

std::string_view copyKindName(CopyKind kind) {
    return kindNames[static_cast<int>(kind)];
}

std::optional<CopyKind> parseCopyKind(std::string_view name) {
    if (name == kindNames[0]) return CopyKind::Digital;
    if (name == kindNames[1]) return CopyKind::Scanned;
    return std::nullopt;
}

std::string SignedCopy::state() const {
    if (kind == CopyKind::Scanned) return "scanned copy";
    return "signed by " + std::to_string(signatoriesSigned) + " of " + std::to_string(signatoryFields);
}

const SignedCopy* mostSigned(const std::vector<SignedCopy>& copiesOfOneVersion) {
    const SignedCopy* best = nullptr;
    for (const SignedCopy& copy : copiesOfOneVersion) {
        const bool better = !best || (copy.kind == CopyKind::Digital && copy.signatoriesSigned > 0 &&
                                      (best->kind == CopyKind::Scanned || copy.signatoriesSigned > best->signatoriesSigned));
        if (better) best = &copy;
    }
    return best;
}

std::string signedCopiesState(const std::vector<SignedCopy>& copiesOfOneVersion) {
    const SignedCopy* best = mostSigned(copiesOfOneVersion);
    return best ? best->state() : "";
}

CopiesByVersion mostSignedCopies(const std::vector<SignedCopy>& copies) {
    std::map<std::pair<DocumentKey, int>, std::vector<SignedCopy>> byVersion;
    for (const SignedCopy& copy : copies) byVersion[{copy.key, copy.version}].push_back(copy);
    CopiesByVersion best;
    for (const auto& [version, ofVersion] : byVersion) best.emplace(version, *mostSigned(ofVersion));
    return best;
}

std::map<std::pair<DocumentKey, int>, std::string> signedCopiesStates(const std::vector<SignedCopy>& copies) {
    std::map<std::pair<DocumentKey, int>, std::string> states;
    for (const auto& [version, copy] : mostSignedCopies(copies)) states[version] = copy.state();
    return states;
}

std::string SignedCopies::relativePath(const DocumentKey& key, int version, const std::string& sha256) {
    return "signed/" + key.partnership + "/" + key.document + "." + std::string(model::langCode(key.lang)) + ".v" +
           std::to_string(version) + "." + sha256.substr(0, 16) + ".pdf";
}

void SignedCopies::add(SignedCopy& copy, std::string_view bytes) {
    copy.path = relativePath(copy.key, copy.version, copy.sha256);
    copy.uploadedAt = utcTimestamp();
    auto what = [&] { return "the signed copy " + copy.sha256 + " of version " + std::to_string(copy.version) + " of " + copy.key.str(); };
    const std::filesystem::path file = dataDir_ / copy.path;
    // Its file is the recorded copy's, to keep.
    if (findBySha256(copy.sha256)) throw StoreError(what() + " is recorded already");
    try {
        base::createFolders(file.parent_path(), base::Readers::Owner);
        base::writeFileAtomically(file, bytes, base::Readers::Owner);
    } catch (const std::exception& e) {  // std::system_error, std::filesystem::filesystem_error
        throw StoreError("cannot write " + what() + ": " + e.what());
    }
    try {
        std::string lang = model::langCode(copy.key.lang);
        std::string kind(copyKindName(copy.kind));
        database_.record(what, [&] {
            database_.session() << "INSERT INTO signed_copies (" << copyColumns
                                << ") VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11)",
                useRef(copy.sha256), useRef(copy.key.partnership), useRef(copy.key.document), use(lang),
                useRef(copy.version), use(kind), useRef(copy.signatoryFields), useRef(copy.signatoriesSigned),
                useRef(copy.path), useRef(copy.uploadedBy), useRef(copy.uploadedAt), now;
            for (std::size_t i = 0; i < copy.signatures.size(); ++i) {
                const CopySignature& signature = copy.signatures[i];
                int position = static_cast<int>(i) + 1;
                int digestMatches = signature.digestMatches ? 1 : 0;
                database_.session() << "INSERT INTO signed_copy_signatures (copy_sha256, position, field, signer, "
                                       "digest_matches) VALUES ($1, $2, $3, $4, $5)",
                    useRef(copy.sha256), use(position), useRef(signature.field), useRef(signature.signer),
                    use(digestMatches), now;
            }
        });
    } catch (const StoreError&) {
        std::error_code ignored;
        std::filesystem::remove(file, ignored);
        throw;
    }
}

std::vector<SignedCopy> SignedCopies::ofVersion(const DocumentKey& key, int version) {
    std::string lang = model::langCode(key.lang);
    return select("partnership = $1 AND document = $2 AND lang = $3 AND version = $4", [&](Poco::Data::Statement& query) {
        query, useRef(key.partnership), useRef(key.document), use(lang), use(version);
    });
}

std::optional<SignedCopy> SignedCopies::findBySha256(const std::string& sha256) {
    auto found = select("sha256 = $1", [&](Poco::Data::Statement& query) { query, useRef(sha256); });
    if (found.empty()) return std::nullopt;
    return found.front();
}

std::vector<SignedCopy> SignedCopies::all() {
    return select("", [](Poco::Data::Statement&) {});
}

std::vector<SignedCopy> SignedCopies::ofPartnership(const std::string& partnership) {
    return select("partnership = $1", [&](Poco::Data::Statement& query) { query, useRef(partnership); });
}

std::vector<SignedCopy> SignedCopies::select(const std::string& where,
                                             const std::function<void(Poco::Data::Statement&)>& bind) {
    const std::string condition = where.empty() ? "" : " WHERE " + where;
    std::vector<CopyRow> copyRows;
    Poco::Data::Statement copiesQuery(database_.session());
    copiesQuery << "SELECT " << copyColumns << " FROM signed_copies" << condition
                << " ORDER BY partnership, document, lang, version, uploaded_at, sha256",
        into(copyRows);
    bind(copiesQuery);
    copiesQuery.execute();

    std::vector<SignatureRow> signatureRows;
    Poco::Data::Statement signaturesQuery(database_.session());
    signaturesQuery << "SELECT copy_sha256, field, signer, digest_matches FROM signed_copy_signatures "
                       "WHERE copy_sha256 IN (SELECT sha256 FROM signed_copies"
                    << condition << ") ORDER BY copy_sha256, position",
        into(signatureRows);
    bind(signaturesQuery);
    signaturesQuery.execute();

    std::map<std::string, std::vector<CopySignature>> signatures;
    for (const SignatureRow& row : signatureRows)
        signatures[row.get<0>()].push_back({row.get<1>(), row.get<2>(), row.get<3>() != 0});
    std::vector<SignedCopy> copies;
    for (const CopyRow& row : copyRows) {
        copies.push_back(fromRow(row));
        copies.back().signatures = std::move(signatures[copies.back().sha256]);
    }
    return copies;
}

}  // namespace wop::store
