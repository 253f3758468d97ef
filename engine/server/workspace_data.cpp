#include "server/workspace_data.h"

#include "model/json_tree.h"
#include "store/importer.h"
#include "store/stored_images.h"

namespace wop::server {

std::optional<WorkspaceFile> workspaceFile(PortalData& data, const std::string& id, std::optional<int> version) {
    return data.withStore([&](store::Store& store) -> std::optional<WorkspaceFile> {
        const auto stored = store.partnerships().find(id);
        if (!stored) return std::nullopt;
        store::PartnershipVersions versions(store.database());
        const int latest = versions.latest(id);
        if (!version || *version == latest) return WorkspaceFile{latest, stored->json, stored->images};
        if (const auto older = versions.find(id, *version)) return WorkspaceFile{*version, older->json, stored->images};
        return std::nullopt;
    });
}

std::vector<store::PartnershipVersion> workspaceHistory(PortalData& data, const std::string& id) {
    return data.withStore([&](store::Store& store) { return store::PartnershipVersions(store.database()).history(id); });
}

WorkspaceSave saveWorkspaceFile(PortalData& data, const std::string& id, int basedOn, const Poco::Dynamic::Var& edited,
                                const std::string& user) {
    return data.withStore([&](store::Store& store) {
        WorkspaceSave save;
        const auto stored = store.partnerships().find(id);
        store::PartnershipVersions versions(store.database());
        const int latest = versions.latest(id);
        Poco::Dynamic::Var toSave = edited;
        if (stored && basedOn != latest) {
            const auto newest = versions.find(id, latest);
            const auto base = versions.find(id, basedOn);
            save.outcome = WorkspaceSave::Outcome::Conflict;
            save.version = latest;
            if (newest) save.latestBy = newest->savedBy + " at " + newest->savedAt;
            if (!base) return save;
            model::json::Merge merge =
                model::json::merge(model::json::read(base->json), edited, model::json::read(stored->json));
            save.conflicts = std::move(merge.conflicts);
            if (!merge.merged) return save;
            toSave = *merge.merged;
            save.merged = true;
        } else if (!stored && basedOn != 0) {
            return save;  // Invalid: no such partnership
        }
        const std::map<std::string, std::string> noImages;
        const store::StoredImages images(stored ? stored->images : noImages);
        store::Importer importer(store.database(), false);
        store::ImportResult result =
            importer.importText({model::json::write(toSave), "portal", images, user, stored ? latest : 0});
        save.diagnostics = std::move(result.diagnostics);
        save.englishOnly = std::move(result.englishOnly);
        save.version = result.version;
        switch (result.outcome) {
            case store::ImportOutcome::Added:
            case store::ImportOutcome::Updated: save.outcome = WorkspaceSave::Outcome::Saved; break;
            case store::ImportOutcome::Unchanged: save.outcome = WorkspaceSave::Outcome::Unchanged; break;
            case store::ImportOutcome::Invalid: save.outcome = WorkspaceSave::Outcome::Invalid; break;
            case store::ImportOutcome::Superseded: save.outcome = WorkspaceSave::Outcome::Conflict; break;
        }
        return save;
    });
}

}  // namespace wop::server
