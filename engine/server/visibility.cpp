#include "server/visibility.h"

namespace wop::server {

std::vector<const model::Partnership*> Visibility::partnerships() const {
    std::vector<const model::Partnership*> visible;
    for (const model::Partnership& partnership : program_->partnerships)
        if (account_.maySee(partnership)) visible.push_back(&partnership);
    return visible;
}

std::optional<html::DocumentsHeading> Visibility::documentsOf(const std::string& id) const {
    if (id == store::programKey) {
        if (!account_.isFacilitator()) return std::nullopt;
        return html::DocumentsHeading{id, {"National WOPs Program", "قومی WOPs پروگرام"}, "The road map of every partnership"};
    }
    const model::Partnership* partnership = program_->find(id);
    if (!partnership || !account_.maySee(*partnership)) return std::nullopt;
    auto name = [](const model::Organisation& o) { return o.shortName.empty() ? o.name.en : o.shortName; };
    return html::DocumentsHeading{
        id, partnership->title.empty() ? model::Text{id, ""} : partnership->title,
        partnership->reference + " · mentor " + name(partnership->mentor) + " · mentee " + name(partnership->mentee)};
}

std::optional<store::DocumentRecord> Visibility::document(const std::string& registryId) const {
    const auto ref = parseRegistryId(registryId);
    if (!ref || !documentsOf(ref->key.partnership)) return std::nullopt;
    return data_.document(*ref);
}

}  // namespace wop::server
