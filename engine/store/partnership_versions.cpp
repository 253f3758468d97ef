#include "store/partnership_versions.h"

#include <algorithm>
#include <sstream>

#include <Poco/Data/Statement.h>
#include <Poco/Tuple.h>

using namespace Poco::Data::Keywords;

namespace wop::store {

namespace {

std::string joined(const std::vector<std::string>& lines) {
    std::string text;
    for (const std::string& line : lines) text += line + "\n";
    return text;
}

std::vector<std::string> linesOf(const std::string& text) {
    std::vector<std::string> lines;
    std::istringstream in(text);
    for (std::string line; std::getline(in, line);) lines.push_back(line);
    return lines;
}

}  // namespace

std::vector<std::string> warningsOf(const std::vector<model::Diagnostic>& diagnostics) {
    std::vector<std::string> warnings;
    for (const model::Diagnostic& d : diagnostics) {
        if (d.severity != model::Diagnostic::Severity::Warning) continue;
        // One line each, for the column that keeps them one a line.
        std::string line = (d.path.starts_with("$.") ? d.path.substr(2) : d.path) + ": " + d.message +
                           (d.rule.empty() ? "" : " [" + d.rule + "]");
        std::replace(line.begin(), line.end(), '\n', ' ');
        warnings.push_back(std::move(line));
    }
    return warnings;
}

int PartnershipVersions::latest(const std::string& partnership) {
    std::vector<int> versions;
    database_.session() << "SELECT COALESCE(MAX(version), 0) FROM partnership_versions WHERE partnership = $1",
        useRef(partnership), into(versions), now;
    return versions.empty() ? 0 : versions.front();
}

std::optional<PartnershipVersion> PartnershipVersions::find(const std::string& partnership, int version) {
    std::vector<Poco::Tuple<std::string, std::string, std::string, std::string, std::string>> rows;
    database_.session() << "SELECT json, saved_at, saved_by, changed, warnings FROM partnership_versions "
                           "WHERE partnership = $1 AND version = $2",
        useRef(partnership), bind(version), into(rows), now;
    if (rows.empty()) return std::nullopt;
    const auto& row = rows.front();
    return PartnershipVersion{partnership,  version, row.get<0>(), row.get<1>(), row.get<2>(), linesOf(row.get<3>()),
                              linesOf(row.get<4>())};
}

std::vector<PartnershipVersion> PartnershipVersions::history(const std::string& partnership) {
    std::vector<Poco::Tuple<int, std::string, std::string, std::string, std::string>> rows;
    database_.session() << "SELECT version, saved_at, saved_by, changed, warnings FROM partnership_versions "
                           "WHERE partnership = $1 ORDER BY version DESC",
        useRef(partnership), into(rows), now;
    std::vector<PartnershipVersion> versions;
    for (const auto& row : rows)
        versions.push_back({partnership, row.get<0>(), "", row.get<1>(), row.get<2>(), linesOf(row.get<3>()),
                            linesOf(row.get<4>())});
    return versions;
}

void PartnershipVersions::add(const PartnershipVersion& v) {
    database_.session() << "INSERT INTO partnership_versions "
                           "(partnership, version, json, saved_at, saved_by, changed, warnings) "
                           "VALUES ($1, $2, $3, $4, $5, $6, $7)",
        useRef(v.partnership), bind(v.version), useRef(v.json), useRef(v.savedAt), useRef(v.savedBy),
        bind(joined(v.changed)), bind(joined(v.warnings)), now;
}

}  // namespace wop::store
