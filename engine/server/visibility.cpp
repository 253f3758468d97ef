#include "server/visibility.h"

#include <algorithm>

namespace wop::server {

Visibility::Visibility(PortalData& data, const Account& account)
    : data_(data),
      account_(account),
      program_(data.program()),
      partiedTo_(account.isFacilitator() ? std::vector<std::string>{} : data.partnershipsWithParty(account.utility)) {}

bool Visibility::maySee(const model::Partnership& partnership) const {
    return account_.maySee(partnership) ||
           std::find(partiedTo_.begin(), partiedTo_.end(), partnership.id) != partiedTo_.end();
}

bool Visibility::maySee(const store::DocumentRecord& version) const {
    if (account_.isFacilitator()) return true;
    if (account_.utility.empty() || version.key.partnership == store::programKey) return false;
    if (version.mentor.empty() && version.mentee.empty()) {
        const model::Partnership* partnership = program_->find(version.key.partnership);
        return partnership && account_.maySee(*partnership);
    }
    return version.mentor == account_.utility || version.mentee == account_.utility;
}

std::vector<const model::Partnership*> Visibility::partnerships() const {
    std::vector<const model::Partnership*> visible;
    for (const model::Partnership& partnership : program_->partnerships)
        if (maySee(partnership)) visible.push_back(&partnership);
    return visible;
}

std::optional<html::DocumentsHeading> Visibility::documentsOf(const std::string& id) const {
    if (id == store::programKey) {
        if (!account_.isFacilitator()) return std::nullopt;
        return html::DocumentsHeading{id, {"National WOPs Program", "قومی WOPs پروگرام"}, "The road map of every partnership"};
    }
    const model::Partnership* partnership = program_->find(id);
    if (!partnership || !maySee(*partnership)) return std::nullopt;
    auto name = [](const model::Organisation& o) { return o.shortName.empty() ? o.name.en : o.shortName; };
    return html::DocumentsHeading{
        id, partnership->title.empty() ? model::Text{id, ""} : partnership->title,
        partnership->reference + " · mentor " + name(partnership->mentor) + " · mentee " + name(partnership->mentee)};
}

std::vector<store::DocumentRecord> Visibility::versionsOf(const std::string& id) const {
    std::vector<store::DocumentRecord> versions;
    if (!documentsOf(id)) return versions;
    for (store::DocumentRecord& version : data_.documentsOf(id))
        if (maySee(version)) versions.push_back(std::move(version));
    return versions;
}

std::optional<store::DocumentRecord> Visibility::document(const std::string& registryId) const {
    const auto ref = parseRegistryId(registryId);
    if (!ref || !documentsOf(ref->key.partnership)) return std::nullopt;
    auto version = data_.document(*ref);
    if (!version || !maySee(*version)) return std::nullopt;
    return version;
}

}  // namespace wop::server
