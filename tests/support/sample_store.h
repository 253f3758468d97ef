// A data folder with the sample partnerships imported and their documents
// made by a real `wopdocs batch`: the PDFs and the registry that delivery
// (mail, portal) works from. Made once per build of wopdocs, copied for each test.
#pragma once

#include <filesystem>

#include "support.h"

namespace wop::test {

class SampleStore {
public:
    // A copy of the program's sample data folder in a folder of its own.
    SampleStore();
    const std::filesystem::path& dataDir() const { return dataDir_; }

private:
    ScratchDir folder_;
    std::filesystem::path dataDir_;
};

}  // namespace wop::test
