#include "store/version_index.h"

#include <algorithm>

namespace wop::store {

std::string Supersession::message(const DocumentKey& key) const {
    return "final version v" + std::to_string(finalVersion) + " of " + key.str() + " superseded by v" +
           std::to_string(latestVersion) + " — re-sign";
}

VersionIndex::VersionIndex(const std::vector<DocumentRecord>& records) {
    for (const DocumentRecord& record : records) versions_[record.key].push_back(record);
    for (auto& [key, versions] : versions_) {
        std::sort(versions.begin(), versions.end(),
                  [](const DocumentRecord& a, const DocumentRecord& b) { return a.version < b.version; });
    }
}

const std::vector<DocumentRecord>& VersionIndex::versions(const DocumentKey& key) const {
    static const std::vector<DocumentRecord> none;
    auto found = versions_.find(key);
    return found == versions_.end() ? none : found->second;
}

const DocumentRecord* VersionIndex::latest(const DocumentKey& key) const {
    const auto& all = versions(key);
    return all.empty() ? nullptr : &all.back();
}

bool VersionIndex::isRegistered(const std::string& partnership, const std::string& document) const {
    return latest({partnership, document, model::Lang::En}) || latest({partnership, document, model::Lang::Ur});
}

std::optional<int> VersionIndex::latestFinalBefore(const DocumentKey& key, int version) const {
    const auto& all = versions(key);
    auto final = std::find_if(all.rbegin(), all.rend(), [&](const DocumentRecord& record) {
        return record.version < version && record.status == model::Status::Final;
    });
    if (final == all.rend()) return std::nullopt;
    return final->version;
}

std::optional<Supersession> VersionIndex::supersededFinal(const DocumentKey& key) const {
    const DocumentRecord* newest = latest(key);
    if (!newest) return std::nullopt;
    const auto final = latestFinalBefore(key, newest->version);
    if (!final) return std::nullopt;
    return Supersession{*final, newest->version};
}

}  // namespace wop::store
