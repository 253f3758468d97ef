// `wopdocs import` and the portal's saves: partnership files into the
// store. A file is validated by the model's loader first; only a valid file
// is stored, with the images it names, in a transaction of its own, under
// its partnership id, as a new version (partnership_versions.h).
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "model/diagnostic.h"
#include "model/image_source.h"
#include "store/database.h"

namespace wop::store {

enum class ImportOutcome {
    Added,       // a partnership new to the store
    Updated,     // its file, or an image it names, changed since the last import
    Unchanged,   // the same bytes as stored, images too
    Invalid,     // not stored: see the diagnostics
    Superseded   // not stored: a version later than the one it was based on was saved meanwhile
};

struct ImportResult {
    ImportOutcome outcome = ImportOutcome::Invalid;
    std::string partnershipId;                   // known once the file is valid
    std::vector<model::Diagnostic> diagnostics;  // as the loader reports them
    std::vector<model::Diagnostic> englishOnly;  // model::LoadResult::englishOnly
    int version = 0;                             // the version stored, or the latest when none was
    std::vector<std::string> changed;            // the JSON paths it changed from the latest version
};

// A partnership file's text to import, from a file or a portal's form.
struct Submission {
    std::string json;
    std::string source;  // where it comes from, for diagnostics: a file's path
    const model::ImageSource& images;
    std::string savedBy;  // "import", or the portal's user
    // The latest version the saver saw, when it matters (a form): a later
    // version makes the import Superseded; 0 for a partnership yet to be made.
    std::optional<int> basedOn;
};

class Importer {
public:
    // With `strict`, a guideline rule warning refuses the file like an error.
    Importer(Database& database, bool strict) : database_(database), strict_(strict) {}

    // Throws StoreError when the database fails (the file is then not stored either).
    ImportResult importFile(const std::string& path);
    ImportResult importText(const Submission& submission);

private:
    Database& database_;
    bool strict_;
};

}  // namespace wop::store
