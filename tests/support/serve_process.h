// `wopdocs serve` in a process of its own on a free port of 127.0.0.1, as
// a deployment runs several portals on one database (docs/deploy.md).
#pragma once

#include <filesystem>
#include <memory>
#include <string>
#include <vector>

#include "child_process.h"

namespace wop::test {

class ServeProcess {
public:
    // `options` besides --port (the store's, --rate ...); its output to
    // `log`. Returns once it accepts connections; throws when it ends first.
    ServeProcess(const std::vector<std::string>& options, const std::filesystem::path& log);

    int port() const { return port_; }

private:
    int port_;
    std::unique_ptr<ChildProcess> process_;
};

}  // namespace wop::test
