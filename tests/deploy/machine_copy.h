// Installing wopdocs as an administrator would, without changing the
// machine the other tests run on: commands run as root in a mount
// namespace of their own, where a scratch folder's overlay takes the
// writes to / (or to /etc) and the sources and the build tree are hidden,
// so that a program that still read them would fail.
#pragma once

#include <filesystem>
#include <string>

#include "support.h"

namespace wop::test {

// Whether this process may make mount namespaces (root, unshare present):
// the tests that need one are skipped, saying so, where it may not.
bool canMakeMountNamespaces();

// The build tree this test program belongs to.
std::filesystem::path buildDir();

// A copy of the whole machine, writes kept in the scratch folder `upper`:
// each run sees what the runs before it wrote.
class MachineCopy {
public:
    explicit MachineCopy(const std::filesystem::path& scratch);
    // Runs a shell script as root inside the copy (chroot), with /proc and
    // /dev, and the sources and build tree hidden.
    CommandResult run(const std::string& script) const;

private:
    std::filesystem::path scratch_;
};

// Runs a shell script with the sources and the build tree hidden.
CommandResult runWithoutSources(const std::string& script);

// Runs a shell script with /etc overlaid by the scratch folder `etc`: the
// files the script writes to /etc go there.
CommandResult runWithEtc(const std::filesystem::path& etc, const std::string& script);

}  // namespace wop::test
