// What tests of several stages share: where the sources are, scratch
// folders, and running the command-line tools that check a PDF.
#pragma once

#include <filesystem>
#include <string>
#include <vector>

#include "model/partnership.h"

namespace wop::test {

// The project's top folder, and the `wopdocs` program the build made
// (the environment variables of the same names override them).
std::filesystem::path sourceDir();
std::string wopdocsBinary();

// A fresh empty folder under the system's temp folder, removed on destruction.
class ScratchDir {
public:
    explicit ScratchDir(const std::string& name);
    ~ScratchDir();
    ScratchDir(const ScratchDir&) = delete;
    ScratchDir& operator=(const ScratchDir&) = delete;
    const std::filesystem::path& path() const { return path_; }
    std::filesystem::path operator/(const std::string& name) const { return path_ / name; }

private:
    std::filesystem::path path_;
};

struct CommandResult {
    int exitCode = -1;
    std::string output;  // stdout and stderr together
};

// Runs a shell command line and captures what it prints.
CommandResult run(const std::string& commandLine);

// A TCP port on 127.0.0.1 that nothing listened on a moment ago, for a
// server a test starts; another program may take it before the server
// binds it, so a server that fails to bind is started again on another.
int freeLoopbackPort();
// Whether a server accepts connections on 127.0.0.1:port.
bool acceptsConnections(int port);

// Quotes a path or value for the shell.
std::string shellQuote(const std::string& value);

std::string readFile(const std::filesystem::path& path);
void writeFile(const std::filesystem::path& path, const std::string& content);
// The files under `folder`, at any depth, whose names end with `suffix`.
std::vector<std::filesystem::path> filesEndingWith(const std::filesystem::path& folder, const std::string& suffix);

// The partnerships of samples/*.json, in the order of their file names; and
// pointers to them, as the road map takes them. Throws when one does not load.
std::vector<model::Partnership> samplePartnerships();
std::vector<const model::Partnership*> pointersTo(const std::vector<model::Partnership>& partnerships);

}  // namespace wop::test
