// Partnership files named on the command line, loaded and checked, with
// every diagnostic printed as it is found.
#pragma once

#include <filesystem>
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

// The files named: a folder stands for the *.json files directly in it, in
// name order (an empty folder is reported to `log`).
std::vector<std::filesystem::path> partnershipFiles(const std::vector<std::string>& paths, std::ostream& log);

// Loads partnershipFiles(paths). With `urdu` (Urdu documents will be made),
// each Text given only in English is a warning too. With `strict`, a
// warning fails its file like an error.
Inputs loadInputs(const std::vector<std::string>& paths, bool strict, bool urdu, std::ostream& log);

}  // namespace wop::cli
