#include "child_process.h"

#include <csignal>
#include <stdexcept>

#include <fcntl.h>
#include <sys/wait.h>
#include <unistd.h>

namespace wop::test {

ChildProcess::ChildProcess(const std::string& program, const std::vector<std::string>& arguments,
                           const std::filesystem::path& log) {
    std::vector<char*> argv{const_cast<char*>(program.c_str())};
    for (const std::string& argument : arguments) argv.push_back(const_cast<char*>(argument.c_str()));
    argv.push_back(nullptr);
    pid_ = ::fork();
    if (pid_ < 0) throw std::runtime_error("cannot fork");
    if (pid_ == 0) {
        const int out = ::open(log.c_str(), O_WRONLY | O_CREAT | O_TRUNC, 0644);
        ::dup2(out, STDOUT_FILENO);
        ::dup2(out, STDERR_FILENO);
        ::execv(program.c_str(), argv.data());
        ::_exit(127);
    }
}

ChildProcess::~ChildProcess() {
    if (running()) kill();
}

bool ChildProcess::running() {
    if (ended_) return false;
    int status = 0;
    ended_ = ::waitpid(pid_, &status, WNOHANG) == pid_;
    if (ended_) exitCode_ = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
    return !ended_;
}

void ChildProcess::kill() {
    if (ended_) return;  // its pid may belong to another process by now
    ::kill(pid_, SIGKILL);
    int status = 0;
    ::waitpid(pid_, &status, 0);
    ended_ = true;
}

int ChildProcess::wait() {
    if (ended_) return exitCode_;
    int status = 0;
    ::waitpid(pid_, &status, 0);
    ended_ = true;
    exitCode_ = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
    return exitCode_;
}

}  // namespace wop::test
