// Where the program finds the files it ships with: its templates and fonts.
#pragma once

#include <filesystem>
#include <string>

namespace wop::cli {

// The folder `name` (templates, fonts) of $WOPDOCS_HOME when that has one,
// else of share/wopdocs beside the folder the program is in: installed,
// PREFIX/share/wopdocs for PREFIX/bin/wopdocs; in the build tree,
// build/share/wopdocs, which links to the sources. Never the path of the
// sources the program was built from: an installed copy outlives its clone.
std::filesystem::path programFolder(const std::string& name);

}  // namespace wop::cli
