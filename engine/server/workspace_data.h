// What the workspace reads and writes in the store: a partnership's file as
// a form starts from it (its latest version, or the one a form was based
// on), its history, and a save, which is an import (store/importer.h): a
// new version, validated by the loader, refused whole when invalid. A save
// based on a version older than the latest is merged with what was saved
// since when the two changed different JSON paths, and refused otherwise.
// A save the guideline's rules warn of is refused too, until it is saved
// with those very warnings.
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
    std::vector<std::string> warnings;          // the rule warnings it was saved with
};

// The latest stored file of `id`, or of its `version`.
std::optional<WorkspaceFile> workspaceFile(PortalData& data, const std::string& id,
                                           std::optional<int> version = std::nullopt);
std::vector<store::PartnershipVersion> workspaceHistory(PortalData& data, const std::string& id);

struct WorkspaceSave {
    enum class Outcome { Saved, Unchanged, Invalid, Warned, Conflict };
    Outcome outcome = Outcome::Invalid;
    int version = 0;      // saved as; for a conflict, the latest
    bool merged = false;  // with a version saved since the form's
    std::vector<model::Diagnostic> diagnostics;
    std::vector<model::Diagnostic> englishOnly;
    std::vector<std::string> conflicts;  // the paths both changed
    std::string latestBy;                // for a conflict: who saved the latest version, and when
    std::vector<std::string> warnings;   // Saved: those it was saved with; Warned: those that refused it
};

// What a form's "save with these warnings" names: the warnings it showed,
// as one digest, so that a save warned of anything else is refused again.
std::string warningsDigest(const std::vector<std::string>& warnings);

// Saves `edited`, the partnership file `id` as the form left it, which
// started from version `basedOn` (0 and no such partnership: a new one).
// It is Warned when the rules warn of it and `accepted` does not take
// those warnings.
struct AcceptedWarnings {
    bool any = false;    // an upload, taken as `wopdocs import` takes a file
    std::string digest;  // a form's: warningsDigest of those it showed
};
WorkspaceSave saveWorkspaceFile(PortalData& data, const std::string& id, int basedOn,
                                const Poco::Dynamic::Var& edited, const std::string& user,
                                const AcceptedWarnings& accepted = {});

}  // namespace wop::server
