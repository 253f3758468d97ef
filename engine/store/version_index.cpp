#include "store/version_index.h"

#include <algorithm>

namespace wop::store {

std::string Supersession::message() const {
    return "final version v" + std::to_string(finalVersion) + " of " + key.str() +
           (signedCopy.empty() ? "" : ", which has a signed copy (" + signedCopy + "),") + " superseded by v" +
           std::to_string(latestVersion) + " — re-sign" + (changes.empty() ? "" : "; changed: " + changes);
}

VersionIndex::VersionIndex(const std::vector<DocumentRecord>& records, const std::vector<DocumentCheck>& checks) {
    for (const DocumentRecord& record : records) versions_[record.key].push_back(record);
    for (auto& [key, versions] : versions_) {
        std::sort(versions.begin(), versions.end(),
                  [](const DocumentRecord& a, const DocumentRecord& b) { return a.version < b.version; });
    }
    for (const DocumentCheck& check : checks) {
        auto found = versions_.find(check.key);
        if (found == versions_.end()) continue;
        auto& versions = found->second;
        auto checked = std::find_if(versions.begin(), versions.end(),
                                    [&](const DocumentRecord& record) { return record.version == check.version; });
        if (checked == versions.end()) continue;
        if (checked->contentHash.empty()) checked->contentHash = check.contentHash;
        if (&*checked == &versions.back()) checked_[check.key] = check.inputs;
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

std::optional<InputHashes> VersionIndex::currentInputs(const DocumentKey& key) const {
    if (auto checked = checked_.find(key); checked != checked_.end()) return checked->second;
    if (const DocumentRecord* newest = latest(key)) return newest->inputs();
    return std::nullopt;
}

bool VersionIndex::isRegistered(const std::string& partnership, const std::string& document) const {
    return latest({partnership, document, model::Lang::En}) || latest({partnership, document, model::Lang::Ur});
}

const DocumentRecord* VersionIndex::latestFinalBefore(const DocumentKey& key, int version) const {
    const auto& all = versions(key);
    auto final = std::find_if(all.rbegin(), all.rend(), [&](const DocumentRecord& record) {
        return record.version < version && record.status == model::Status::Final;
    });
    return final == all.rend() ? nullptr : &*final;
}

std::optional<Supersession> VersionIndex::supersededFinal(const DocumentKey& key) const {
    const DocumentRecord* newest = latest(key);
    if (!newest) return std::nullopt;
    const DocumentRecord* final = latestFinalBefore(key, newest->version);
    if (!final) return std::nullopt;
    return Supersession{key, final->version, newest->version, final->contentHash, newest->contentHash, "", ""};
}

}  // namespace wop::store
