// Partnership files named on the command line, loaded and checked, with
// every diagnostic printed as it is found.
#pragma once

#include <ostream>
#include <string>
#include <vector>

#include "model/partnership.h"

namespace wop::cli {

struct Inputs {
    std::vector<model::Partnership> partnerships;
    int failedFiles = 0;
    int warnings = 0;

    std::vector<const model::Partnership*> program() const;
};

// A folder stands for the *.json files directly in it, in name order.
// With `strict`, a rule warning fails its file like an error.
Inputs loadInputs(const std::vector<std::string>& paths, bool strict, std::ostream& log);

}  // namespace wop::cli
