// wopdocs: the documents of a Water Operators' Partnership as PDF.
#include <iostream>
#include <memory>
#include <string>
#include <vector>

#include "cli/command.h"

namespace {

void printHelp(const std::vector<std::unique_ptr<wop::cli::Command>>& commands) {
    std::cout << "wopdocs — the documents of a Water Operators' Partnership as PDF, in English and Urdu\n\n"
                 "usage: wopdocs COMMAND [options] [arguments]\n\ncommands:\n";
    for (auto& command : commands)
        std::cout << "  " << command->name() << std::string(12 - command->name().size(), ' ') << command->summary() << '\n';
    std::cout << "\n`wopdocs COMMAND --help` describes a command.\n"
                 "exit codes: 0 all done, 1 some inputs or documents failed, 2 bad usage\n";
}

}  // namespace

int main(int argc, char** argv) {
    auto commands = wop::cli::allCommands();
    std::vector<std::string> args(argv + 1, argv + argc);
    if (args.empty() || args[0] == "--help" || args[0] == "-h" || args[0] == "help") {
        printHelp(commands);
        return args.empty() ? wop::cli::BadUsage : wop::cli::Success;
    }
    if (args[0] == "--version") {
        std::cout << "wopdocs " << WOPDOCS_VERSION << '\n';
        return wop::cli::Success;
    }
    for (auto& command : commands)
        if (command->name() == args[0])
            return wop::cli::runCommand(*command, std::vector<std::string>(args.begin() + 1, args.end()));
    std::cerr << "wopdocs: unknown command \"" << args[0] << "\" (see wopdocs --help)\n";
    return wop::cli::BadUsage;
}
