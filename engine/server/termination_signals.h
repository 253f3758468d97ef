// How the long-running commands (serve, schedule) stop: on SIGINT or
// SIGTERM (Ctrl-C, systemctl stop), after finishing what they are doing.
// The signals are blocked in the calling thread and in every thread it
// starts afterwards, and waited for where the command chooses.
#pragma once

#include <chrono>

namespace wop::server {

class TerminationSignals {
public:
    // Blocks SIGINT and SIGTERM; to be made before any thread is started.
    TerminationSignals();

    // Waits at most `timeout`; true when a termination signal came.
    bool waitFor(std::chrono::seconds timeout);
    void wait();
};

}  // namespace wop::server
