#include "store/partnerships.h"

#include <sstream>

#include <Poco/Base64Decoder.h>
#include <Poco/Base64Encoder.h>
#include <Poco/Data/Statement.h>
#include <Poco/StreamCopier.h>
#include <Poco/Tuple.h>

using namespace Poco::Data::Keywords;

namespace wop::store {

namespace {

using Row = Poco::Tuple<std::string, std::string, std::string, std::string, std::string>;

const char* const columns = "id, source, json, sha256, imported_at";

StoredPartnership fromRow(const Row& row) {
    return {row.get<0>(), row.get<1>(), row.get<2>(), row.get<3>(), row.get<4>(), {}};
}

// Images are kept as base64 text: one column type SQLite and PostgreSQL
// read and bind alike, for files of at most 1 MiB.
std::string toBase64(const std::string& bytes) {
    std::ostringstream out;
    Poco::Base64Encoder encoder(out, Poco::BASE64_NO_PADDING);
    encoder.rdbuf()->setLineLength(0);
    encoder << bytes;
    encoder.close();
    return out.str();
}

std::string fromBase64(const std::string& text) {
    std::istringstream in(text);
    Poco::Base64Decoder decoder(in, Poco::BASE64_NO_PADDING);
    std::string bytes;
    Poco::StreamCopier::copyToString(decoder, bytes);
    return bytes;
}

}  // namespace

std::optional<StoredPartnership> Partnerships::find(const std::string& id) {
    std::vector<Row> rows;
    database_.session() << "SELECT " << columns << " FROM partnerships WHERE id = $1", useRef(id), into(rows), now;
    if (rows.empty()) return std::nullopt;
    StoredPartnership partnership = fromRow(rows.front());
    partnership.images = std::move(images(id)[id]);
    return partnership;
}

std::vector<StoredPartnership> Partnerships::all() {
    std::vector<Row> rows;
    database_.session() << "SELECT " << columns << " FROM partnerships ORDER BY id", into(rows), now;
    auto imagesById = images(std::nullopt);
    std::vector<StoredPartnership> partnerships;
    for (const Row& row : rows) {
        partnerships.push_back(fromRow(row));
        partnerships.back().images = std::move(imagesById[partnerships.back().id]);
    }
    return partnerships;
}

std::map<std::string, std::map<std::string, std::string>> Partnerships::images(const std::optional<std::string>& id) {
    std::vector<Poco::Tuple<std::string, std::string, std::string>> rows;
    if (id) {
        database_.session() << "SELECT partnership, file, base64 FROM partnership_images WHERE partnership = $1",
            useRef(*id), into(rows), now;
    } else {
        database_.session() << "SELECT partnership, file, base64 FROM partnership_images", into(rows), now;
    }
    std::map<std::string, std::map<std::string, std::string>> byId;
    for (const auto& row : rows) byId[row.get<0>()][row.get<1>()] = fromBase64(row.get<2>());
    return byId;
}

void Partnerships::put(const StoredPartnership& p) {
    database_.session() << "INSERT INTO partnerships (" << columns << ") VALUES ($1, $2, $3, $4, $5) "
                           "ON CONFLICT (id) DO UPDATE SET source = excluded.source, json = excluded.json, "
                           "sha256 = excluded.sha256, imported_at = excluded.imported_at",
        useRef(p.id), useRef(p.source), useRef(p.json), useRef(p.sha256), useRef(p.importedAt), now;
    database_.session() << "DELETE FROM partnership_images WHERE partnership = $1", useRef(p.id), now;
    for (const auto& [file, bytes] : p.images) {
        std::string name = file, text = toBase64(bytes);
        database_.session() << "INSERT INTO partnership_images (partnership, file, base64) VALUES ($1, $2, $3)",
            useRef(p.id), useRef(name), useRef(text), now;
    }
}

}  // namespace wop::store
