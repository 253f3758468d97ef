#include "cli/program_files.h"

#include <cstdlib>

namespace wop::cli {

namespace {

// share/wopdocs, found from the program's own file: a link to the program
// (/usr/local/bin/wopdocs -> /opt/wopdocs/bin/wopdocs) leads to the files
// installed with it.
std::filesystem::path sharedFiles() {
    const std::filesystem::path program = std::filesystem::canonical("/proc/self/exe");
    return (program.parent_path() / WOPDOCS_SHARE_FROM_PROGRAM).lexically_normal();
}

}  // namespace

std::filesystem::path programFolder(const std::string& name) {
    if (const char* home = std::getenv("WOPDOCS_HOME")) {
        const std::filesystem::path own = std::filesystem::path(home) / name;
        if (std::filesystem::is_directory(own)) return own;
    }
    return sharedFiles() / name;
}

}  // namespace wop::cli
