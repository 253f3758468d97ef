#include "store/stored_program.h"

#include "model/loader.h"

namespace wop::store {

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
        model::LoadResult loaded = model::loadPartnership(stored.json, stored.source);
        if (!loaded.partnership) {
            std::string problem = stored.id + " (imported from " + stored.source + ") no longer loads:";
            for (const auto& d : loaded.diagnostics)
                if (d.severity == model::Diagnostic::Severity::Error) problem += "\n    " + d.str();
            program.problems.push_back(problem);
            continue;
        }
        program.jsonSha256[stored.id] = stored.sha256;
        program.partnerships.push_back(std::move(*loaded.partnership));
    }
    return program;
}

}  // namespace wop::store
