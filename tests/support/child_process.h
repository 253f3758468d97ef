#pragma once

#include <filesystem>
#include <string>
#include <vector>

#include <sys/types.h>

namespace wop::test {

// A program running beside the test, which the test may kill or wait for:
// `wopdocs batch` killed, or its store or templates taken away, in the
// middle of its work.
class ChildProcess {
public:
    // Runs `program` with `arguments`, its output (stdout and stderr) to `log`.
    ChildProcess(const std::string& program, const std::vector<std::string>& arguments, const std::filesystem::path& log);
    ~ChildProcess();
    ChildProcess(const ChildProcess&) = delete;
    ChildProcess& operator=(const ChildProcess&) = delete;

    // Whether it is still running (false once it has ended, reaped).
    bool running();
    // SIGKILL, then waits for it.
    void kill();
    // Waits for it to end: its exit code, -1 when a signal ended it.
    int wait();

private:
    pid_t pid_;
    bool ended_ = false;
    int exitCode_ = -1;
};

}  // namespace wop::test
