#include "store/stored_program.h"

#include "base/sha256.h"
#include "model/loader.h"
#include "store/stored_images.h"

namespace wop::store {

namespace {

// The file's digest and its images'. A file that names no image keeps the
// file's own digest, which batches recorded before images were kept.
std::string dataDigest(const StoredPartnership& stored) {
    if (stored.images.empty()) return stored.sha256;
    std::string all = stored.sha256 + "\n";
    for (const auto& [file, bytes] : stored.images) all += file + " " + base::sha256(bytes) + "\n";
    return base::sha256(all);
}

}  // namespace

std::vector<const model::Partnership*> StoredProgram::program() const {
    std::vector<const model::Partnership*> all;
    for (const auto& partnership : partnerships) all.push_back(&partnership);
    return all;
}

const model::Partnership* StoredProgram::find(const std::string& id) const {
    for (const auto& partnership : partnerships)
        if (partnership.id == id) return &partnership;
    return nullptr;
}

StoredProgram loadStoredProgram(Partnerships& partnerships) {
    StoredProgram program;
    for (const StoredPartnership& stored : partnerships.all()) {
        model::LoadResult loaded = model::loadPartnership(stored.json, stored.source, StoredImages(stored.images));
        if (!loaded.partnership) {
            std::string problem = stored.id + " (imported from " + stored.source + ") no longer loads:";
            for (const auto& d : loaded.diagnostics)
                if (d.severity == model::Diagnostic::Severity::Error) problem += "\n    " + d.str();
            program.problems.push_back(problem);
            continue;
        }
        program.dataSha256[stored.id] = dataDigest(stored);
        program.partnerships.push_back(std::move(*loaded.partnership));
    }
    return program;
}

}  // namespace wop::store
