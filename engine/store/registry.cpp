#include "store/registry.h"

#include <Poco/Data/Statement.h>
#include <Poco/Tuple.h>

#include "store/document_checks.h"
#include "store/store_error.h"
#include "store/verification_code.h"

using namespace Poco::Data::Keywords;

namespace wop::store {

namespace {

using Row = Poco::Tuple<std::string, std::string, std::string, int, std::string, std::string, std::string, std::string,
                        std::string, std::string, std::string, std::string, std::string, std::string>;

const char* const columns =
    "partnership, document, lang, version, status, pdf_sha256, template_hash, data_hash, look_hash, content_hash, path, "
    "created_at, mentor, mentee";

DocumentRecord fromRow(const Row& row) {
    DocumentRecord record;
    record.key.partnership = row.get<0>();
    record.key.document = row.get<1>();
    const auto lang = parseLang(row.get<2>());
    const auto status = parseStatus(row.get<4>());
    if (!lang || !status) {
        throw StoreError("registry row " + record.key.partnership + "/" + record.key.document +
                         " has an unknown language or status: " + row.get<2>() + ", " + row.get<4>());
    }
    record.key.lang = *lang;
    record.version = row.get<3>();
    record.status = *status;
    record.pdfSha256 = row.get<5>();
    record.templateHash = row.get<6>();
    record.dataHash = row.get<7>();
    record.lookHash = row.get<8>();
    record.contentHash = row.get<9>();
    record.path = row.get<10>();
    record.createdAt = row.get<11>();
    record.mentor = row.get<12>();
    record.mentee = row.get<13>();
    return record;
}

}  // namespace

void Registry::add(std::span<const DocumentRecord> records) {
    const DocumentRecord* inserting = nullptr;
    // A commit that fails records none of them: the error names the record
    // refused, or else the group.
    auto what = [&] {
        const DocumentRecord* named = inserting ? inserting : records.size() == 1 ? &records[0] : nullptr;
        return named ? "version " + std::to_string(named->version) + " of " + named->key.str()
                     : std::to_string(records.size()) + " documents, " + records[0].key.str() + " first,";
    };
    database_.record(what, [&] {
        for (const DocumentRecord& record : records) {
            inserting = &record;
            insert(record);
        }
        inserting = nullptr;
    });
}

void Registry::insert(const DocumentRecord& record) {
    std::string lang = model::langCode(record.key.lang);
    std::string status(statusName(record.status));
    database_.session() << "INSERT INTO documents (" << columns
                        << ") VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14)",
        useRef(record.key.partnership), useRef(record.key.document), use(lang), useRef(record.version), use(status),
        useRef(record.pdfSha256), useRef(record.templateHash), useRef(record.dataHash), useRef(record.lookHash),
        useRef(record.contentHash), useRef(record.path), useRef(record.createdAt), useRef(record.mentor),
        useRef(record.mentee), now;
}

std::optional<DocumentRecord> Registry::find(const DocumentKey& key, int version) {
    std::string lang = model::langCode(key.lang);
    std::vector<Row> rows;
    database_.session() << "SELECT " << columns
                        << " FROM documents WHERE partnership = $1 AND document = $2 AND lang = $3 AND version = $4",
        useRef(key.partnership), useRef(key.document), use(lang), use(version), into(rows), now;
    if (rows.empty()) return std::nullopt;
    return fromRow(rows.front());
}

std::optional<DocumentRecord> Registry::findByPdfSha256(const std::string& sha256) {
    std::vector<Row> rows;
    database_.session() << "SELECT " << columns << " FROM documents WHERE pdf_sha256 = $1 ORDER BY partnership, "
                        << "document, lang, version",
        useRef(sha256), into(rows), now;
    if (rows.empty()) return std::nullopt;
    return fromRow(rows.front());
}

std::vector<DocumentRecord> Registry::all() {
    return select(nullptr);
}

VersionIndex Registry::index() {
    return VersionIndex(all(), DocumentChecks(database_).all());
}

VersionIndex Registry::indexOf(const std::string& partnership) {
    return VersionIndex(ofPartnership(partnership), DocumentChecks(database_).ofPartnership(partnership));
}

std::vector<DocumentRecord> Registry::ofPartnership(const std::string& partnership) {
    return select(&partnership);
}

std::vector<std::string> Registry::partnershipsWithParty(const std::string& organisation) {
    std::vector<std::string> partnerships;
    database_.session() << "SELECT DISTINCT partnership FROM documents WHERE mentor = $1 OR mentee = $2 ORDER BY partnership",
        useRef(organisation), useRef(organisation), into(partnerships), now;
    return partnerships;
}

std::optional<DocumentRecord> Registry::findByVerificationCode(const std::string& code) {
    std::vector<Row> rows;
    database_.session() << "SELECT " << columns << " FROM documents WHERE status = 'final' AND content_hash <> ''",
        into(rows), now;
    for (const Row& row : rows) {
        DocumentRecord record = fromRow(row);
        if (verificationCodeOf(record) == code) return record;
    }
    return std::nullopt;
}

std::vector<DocumentRecord> Registry::select(const std::string* partnership) {
    std::vector<Row> rows;
    Poco::Data::Statement query(database_.session());
    query << "SELECT " << columns << " FROM documents" << (partnership ? " WHERE partnership = $1" : "")
          << " ORDER BY partnership, document, lang, version",
        into(rows);
    if (partnership) query, useRef(*partnership);
    query.execute();
    std::vector<DocumentRecord> records;
    records.reserve(rows.size());
    for (const Row& row : rows) records.push_back(fromRow(row));
    return records;
}

}  // namespace wop::store
