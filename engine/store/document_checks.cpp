#include "store/document_checks.h"

#include <Poco/Data/Statement.h>
#include <Poco/Tuple.h>

#include "store/store_error.h"

using namespace Poco::Data::Keywords;

namespace wop::store {

void DocumentChecks::record(std::span<const DocumentCheck> checks) {
    auto what = [&] {
        return checks.size() == 1 ? "that " + checks[0].key.str() + " is current"
                                  : "that " + std::to_string(checks.size()) + " documents are current";
    };
    database_.record(what, [&] {
        for (const DocumentCheck& check : checks) {
            std::string lang = model::langCode(check.key.lang);
            database_.session() << "INSERT INTO document_checks (partnership, document, lang, version, template_hash, "
                                   "data_hash, look_hash, content_hash, checked_at) "
                                   "VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9) "
                                   "ON CONFLICT (partnership, document, lang, version) DO UPDATE SET "
                                   "template_hash = excluded.template_hash, data_hash = excluded.data_hash, "
                                   "look_hash = excluded.look_hash, content_hash = excluded.content_hash, "
                                   "checked_at = excluded.checked_at",
                useRef(check.key.partnership), useRef(check.key.document), use(lang), useRef(check.version),
                useRef(check.inputs.templateHash), useRef(check.inputs.dataHash), useRef(check.inputs.lookHash),
                useRef(check.contentHash), useRef(check.checkedAt), now;
        }
    });
}

std::vector<DocumentCheck> DocumentChecks::all() {
    return select(nullptr);
}

std::vector<DocumentCheck> DocumentChecks::ofPartnership(const std::string& partnership) {
    return select(&partnership);
}

std::vector<DocumentCheck> DocumentChecks::select(const std::string* partnership) {
    using Row = Poco::Tuple<std::string, std::string, std::string, int, std::string, std::string, std::string,
                            std::string, std::string>;
    std::vector<Row> rows;
    Poco::Data::Statement query(database_.session());
    query << "SELECT partnership, document, lang, version, template_hash, data_hash, look_hash, "
             "content_hash, checked_at FROM document_checks"
          << (partnership ? " WHERE partnership = $1" : ""),
        into(rows);
    if (partnership) query, useRef(*partnership);
    query.execute();
    std::vector<DocumentCheck> checks;
    for (const Row& row : rows) {
        const auto lang = parseLang(row.get<2>());
        if (!lang) throw StoreError("document check " + row.get<0>() + "/" + row.get<1>() + " has an unknown language: " + row.get<2>());
        checks.push_back({{row.get<0>(), row.get<1>(), *lang}, row.get<3>(),
                          {row.get<4>(), row.get<5>(), row.get<6>()}, row.get<7>(), row.get<8>()});
    }
    return checks;
}

}  // namespace wop::store
