// `wopdocs import`: partnership files into the store. A file is validated
// by the model's loader first, the images it names read from its folder;
// only a valid file is stored, with those images, in a transaction of its
// own, under its partnership id.
#pragma once

#include <string>
#include <vector>

#include "model/diagnostic.h"
#include "store/database.h"

namespace wop::store {

enum class ImportOutcome {
    Added,      // a partnership new to the store
    Updated,    // its file, or an image it names, changed since the last import
    Unchanged,  // the same bytes as stored, images too
    Invalid     // not stored: see the diagnostics
};

struct ImportResult {
    ImportOutcome outcome = ImportOutcome::Invalid;
    std::string partnershipId;                   // known once the file is valid
    std::vector<model::Diagnostic> diagnostics;  // as the loader reports them
};

class Importer {
public:
    // With `strict`, a guideline rule warning refuses the file like an error.
    Importer(Database& database, bool strict) : database_(database), strict_(strict) {}

    // Throws StoreError when the database fails (the file is then not stored either).
    ImportResult importFile(const std::string& path);

private:
    Database& database_;
    bool strict_;
};

}  // namespace wop::store
