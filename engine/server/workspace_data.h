// What the workspace reads and writes in the store: a partnership's file as
// a form starts from it (its latest version, or the one a form was based
// on), its history, and a save, which is an import (store/importer.h): a
// new version, validated by the loader, refused whole when invalid. A save
// based on a version older than the latest is merged with what was saved
// since when the two changed different JSON paths, and refused otherwise.
#pragma once

#include <map>
#include <optional>
#include <string>
#include <vector>

#include <Poco/Dynamic/Var.h>

#include "model/diagnostic.h"
#include "server/portal_data.h"
#include "store/partnership_versions.h"

namespace wop::server {

struct WorkspaceFile {
    int version = 0;  // 0: imported before versions were kept
    std::string json;
    std::map<std::string, std::string> images;  // the stored copies of the images it names
};

// The latest stored file of `id`, or of its `version`.
std::optional<WorkspaceFile> workspaceFile(PortalData& data, const std::string& id,
                                           std::optional<int> version = std::nullopt);
std::vector<store::PartnershipVersion> workspaceHistory(PortalData& data, const std::string& id);

struct WorkspaceSave {
    enum class Outcome { Saved, Unchanged, Invalid, Conflict };
    Outcome outcome = Outcome::Invalid;
    int version = 0;      // saved as; for a conflict, the latest
    bool merged = false;  // with a version saved since the form's
    std::vector<model::Diagnostic> diagnostics;
    std::vector<model::Diagnostic> englishOnly;
    std::vector<std::string> conflicts;  // the paths both changed
    std::string latestBy;                // for a conflict: who saved the latest version, and when
};

// Saves `edited`, the partnership file `id` as the form left it, which
// started from version `basedOn` (0 and no such partnership: a new one).
WorkspaceSave saveWorkspaceFile(PortalData& data, const std::string& id, int basedOn,
                                const Poco::Dynamic::Var& edited, const std::string& user);

}  // namespace wop::server
