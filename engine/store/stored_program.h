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
    std::map<std::string, std::string> jsonSha256;  // of each partnership's stored file, by id
    // Stored files that do not load any more (a newer wopdocs checks more),
    // with the loader's errors.
    std::vector<std::string> problems;

    std::vector<const model::Partnership*> program() const;
    const model::Partnership* find(const std::string& id) const;
};

StoredProgram loadStoredProgram(Partnerships& partnerships);

}  // namespace wop::store
