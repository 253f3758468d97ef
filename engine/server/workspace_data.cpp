#include "server/workspace_data.h"

#include "base/sha256.h"
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
        const auto found = versions.find(id, version.value_or(latest));
        if (!version || *version == latest)
            return WorkspaceFile{latest, stored->json, stored->images, found ? found->warnings : std::vector<std::string>{}};
        if (found) return WorkspaceFile{*version, found->json, stored->images, found->warnings};
        return std::nullopt;
    });
}

std::vector<store::PartnershipVersion> workspaceHistory(PortalData& data, const std::string& id) {
    return data.withStore([&](store::Store& store) { return store::PartnershipVersions(store.database()).history(id); });
}

std::string warningsDigest(const std::vector<std::string>& warnings) {
    std::string joined;
    for (const std::string& warning : warnings) joined += warning + "\n";
    return base::sha256(joined);
}

WorkspaceSave saveWorkspaceFile(PortalData& data, const std::string& id, int basedOn, const Poco::Dynamic::Var& edited,
                                const std::string& user, const AcceptedWarnings& accepted) {
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
        const store::Submission submission{model::json::write(toSave), "portal", images, user, stored ? latest : 0};
        store::ImportResult result = store::Importer(store.database(), !accepted.any).importText(submission);
        save.warnings = store::warningsOf(result.diagnostics);
        const bool warnedOnly = result.outcome == store::ImportOutcome::Invalid && !model::hasErrors(result.diagnostics) &&
                                !save.warnings.empty();
        if (warnedOnly && !accepted.digest.empty() && accepted.digest == warningsDigest(save.warnings))
            result = store::Importer(store.database(), false).importText(submission);
        save.diagnostics = std::move(result.diagnostics);
        save.englishOnly = std::move(result.englishOnly);
        save.version = result.version;
        switch (result.outcome) {
            case store::ImportOutcome::Added:
            case store::ImportOutcome::Updated: save.outcome = WorkspaceSave::Outcome::Saved; break;
            case store::ImportOutcome::Unchanged: save.outcome = WorkspaceSave::Outcome::Unchanged; break;
            case store::ImportOutcome::Invalid:
                save.outcome = warnedOnly ? WorkspaceSave::Outcome::Warned : WorkspaceSave::Outcome::Invalid;
                break;
            case store::ImportOutcome::Superseded: save.outcome = WorkspaceSave::Outcome::Conflict; break;
        }
        return save;
    });
}

}  // namespace wop::server
