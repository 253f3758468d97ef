#include "store/partnerships.h"

#include <Poco/Data/Statement.h>
#include <Poco/Tuple.h>

using namespace Poco::Data::Keywords;

namespace wop::store {

namespace {

using Row = Poco::Tuple<std::string, std::string, std::string, std::string, std::string>;

const char* const columns = "id, source, json, sha256, imported_at";

StoredPartnership fromRow(const Row& row) {
    return {row.get<0>(), row.get<1>(), row.get<2>(), row.get<3>(), row.get<4>()};
}

}  // namespace

std::optional<StoredPartnership> Partnerships::find(const std::string& id) {
    std::vector<Row> rows;
    database_.session() << "SELECT " << columns << " FROM partnerships WHERE id = $1", useRef(id), into(rows), now;
    if (rows.empty()) return std::nullopt;
    return fromRow(rows.front());
}

std::vector<StoredPartnership> Partnerships::all() {
    std::vector<Row> rows;
    database_.session() << "SELECT " << columns << " FROM partnerships ORDER BY id", into(rows), now;
    std::vector<StoredPartnership> partnerships;
    for (const Row& row : rows) partnerships.push_back(fromRow(row));
    return partnerships;
}

void Partnerships::put(const StoredPartnership& p) {
    database_.session() << "INSERT INTO partnerships (" << columns << ") VALUES ($1, $2, $3, $4, $5) "
                           "ON CONFLICT (id) DO UPDATE SET source = excluded.source, json = excluded.json, "
                           "sha256 = excluded.sha256, imported_at = excluded.imported_at",
        useRef(p.id), useRef(p.source), useRef(p.json), useRef(p.sha256), useRef(p.importedAt), now;
}

}  // namespace wop::store
