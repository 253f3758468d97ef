#include "serve_process.h"

#include <chrono>
#include <stdexcept>
#include <thread>

#include "support.h"

namespace wop::test {

ServeProcess::ServeProcess(const std::vector<std::string>& options, const std::filesystem::path& log)
    : port_(freeLoopbackPort()) {
    std::vector<std::string> arguments{"serve", "--port", std::to_string(port_)};
    arguments.insert(arguments.end(), options.begin(), options.end());
    process_ = std::make_unique<ChildProcess>(wopdocsBinary(), arguments, log);
    while (!acceptsConnections(port_)) {
        if (!process_->running()) throw std::runtime_error("wopdocs serve ended:\n" + readFile(log));
        std::this_thread::sleep_for(std::chrono::milliseconds(20));
    }
}

}  // namespace wop::test
