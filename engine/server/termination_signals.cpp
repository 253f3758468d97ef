#include "server/termination_signals.h"

#include <cerrno>
#include <csignal>
#include <ctime>

#include <pthread.h>

namespace wop::server {

namespace {

sigset_t terminationSet() {
    sigset_t set;
    sigemptyset(&set);
    sigaddset(&set, SIGINT);
    sigaddset(&set, SIGTERM);
    return set;
}

}  // namespace

TerminationSignals::TerminationSignals() {
    const sigset_t set = terminationSet();
    pthread_sigmask(SIG_BLOCK, &set, nullptr);
}

bool TerminationSignals::waitFor(std::chrono::seconds timeout) {
    const sigset_t set = terminationSet();
    const timespec limit{static_cast<std::time_t>(timeout.count()), 0};
    int signal;
    do {
        signal = sigtimedwait(&set, nullptr, &limit);
    } while (signal < 0 && errno == EINTR);
    return signal > 0;
}

void TerminationSignals::wait() {
    const sigset_t set = terminationSet();
    int signal = 0;
    sigwait(&set, &signal);
}

}  // namespace wop::server
