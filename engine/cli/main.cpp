// wopdocs: the documents of a Water Operators' Partnership as PDF.
#include <iostream>
#include <memory>
#include <string>
#include <vector>

#include "cli/command.h"
#include "cli/documents_command.h"
#include "cli/generate_command.h"
#include "cli/store_commands.h"
#include "cli/validate_command.h"

namespace {

using wop::cli::Command;
using Commands = std::vector<std::unique_ptr<Command>>;

// The commands that need only files; the others are in the module of store
// commands (cli/store_commands.h).
Commands fileCommands() {
    Commands commands;
    commands.push_back(std::make_unique<wop::cli::GenerateCommand>());
    commands.push_back(std::make_unique<wop::cli::ValidateCommand>());
    commands.push_back(std::make_unique<wop::cli::DocumentsCommand>());
    return commands;
}

Command* find(const Commands& commands, const std::string& name) {
    for (const auto& command : commands)
        if (command->name() == name) return command.get();
    return nullptr;
}

void printHelp(const Commands& commands, const std::string& storeCommandsError) {
    std::cout << "wopdocs — the documents of a Water Operators' Partnership as PDF, in English and Urdu\n\n"
                 "usage: wopdocs COMMAND [options] [arguments]\n\ncommands:\n";
    for (auto& command : commands)
        std::cout << "  " << command->name() << std::string(12 - command->name().size(), ' ') << command->summary() << '\n';
    if (!storeCommandsError.empty())
        std::cout << "  (the commands that work on a data folder are missing: " << storeCommandsError << ")\n";
    std::cout << "\n`wopdocs COMMAND --help` describes a command.\n"
                 "exit codes: 0 all done, 1 some inputs or documents failed, 2 bad usage\n";
}

}  // namespace

int main(int argc, char** argv) {
    Commands commands = fileCommands();
    std::vector<std::string> args(argv + 1, argv + argc);
    if (args.empty() || args[0] == "--help" || args[0] == "-h" || args[0] == "help") {
        std::string error;
        wop::cli::addStoreCommands(commands, error);
        printHelp(commands, error);
        return args.empty() ? wop::cli::BadUsage : wop::cli::Success;
    }
    if (args[0] == "--version") {
        std::cout << "wopdocs " << WOPDOCS_VERSION << '\n';
        return wop::cli::Success;
    }
    Command* command = find(commands, args[0]);
    if (!command) {
        std::string error;
        if (!wop::cli::addStoreCommands(commands, error)) {
            std::cerr << "wopdocs: \"" << args[0] << "\" is not";
            for (const auto& known : commands) std::cerr << ' ' << known->name() << ',';
            std::cerr << " and the commands that work on a data folder cannot be loaded: " << error << '\n';
            return wop::cli::SomeFailed;
        }
        command = find(commands, args[0]);
    }
    if (!command) {
        std::cerr << "wopdocs: unknown command \"" << args[0] << "\" (see wopdocs --help)\n";
        return wop::cli::BadUsage;
    }
    return wop::cli::runCommand(*command, std::vector<std::string>(args.begin() + 1, args.end()));
}
