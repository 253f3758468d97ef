// The partnerships in the store, read back into the model: what a batch
// makes documents of, the road map's program, what `status` reports on.
#pragma once

#include <map>
#include <string>
#include <vector>

#include "model/partnership.h"
#include "store/partnerships.h"

namespace wop::store {

struct StoredProgram {
    std::vector<model::Partnership> partnerships;   // in id order; never resized once loaded
    // By id, what each partnership's documents are made from besides the
    // templates: its stored file and the images it names (stored_program.cpp).
    std::map<std::string, std::string> dataSha256;
    // Stored files that do not load any more (a newer wopdocs checks more),
    // with the loader's errors.
    std::vector<std::string> problems;

    std::vector<const model::Partnership*> program() const;
    const model::Partnership* find(const std::string& id) const;
};

StoredProgram loadStoredProgram(Partnerships& partnerships);

}  // namespace wop::store
