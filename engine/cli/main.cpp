// wopdocs: the documents of a Water Operators' Partnership as PDF.
#include <algorithm>
#include <iostream>
#include <memory>
#include <string>
#include <vector>

#include "cli/batch_command.h"
#include "cli/command.h"
#include "cli/config_command.h"
#include "cli/documents_command.h"
#include "cli/generate_command.h"
#include "cli/import_command.h"
#include "cli/mail_command.h"
#include "cli/new_command.h"
#include "cli/schedule_command.h"
#include "cli/serve_command.h"
#include "cli/signed_command.h"
#include "cli/status_command.h"
#include "cli/user_command.h"
#include "cli/validate_command.h"

namespace {

using wop::cli::Command;
using Commands = std::vector<std::unique_ptr<Command>>;

// In the order `--help` lists them: those that need only files, then those
// that work on a data folder, then the settings.
Commands allCommands() {
    using namespace wop::cli;
    Commands commands;
    commands.push_back(std::make_unique<GenerateCommand>());
    commands.push_back(std::make_unique<ValidateCommand>());
    commands.push_back(std::make_unique<DocumentsCommand>());
    commands.push_back(std::make_unique<NewCommand>());
    commands.push_back(std::make_unique<ImportCommand>());
    commands.push_back(std::make_unique<BatchCommand>());
    commands.push_back(std::make_unique<StatusCommand>());
    commands.push_back(std::make_unique<SignedCommand>());
    commands.push_back(std::make_unique<MailCommand>());
    commands.push_back(std::make_unique<ScheduleCommand>());
    commands.push_back(std::make_unique<ServeCommand>());
    commands.push_back(std::make_unique<UserCommand>());
    commands.push_back(std::make_unique<ConfigCommand>());
    return commands;
}

Command* find(const Commands& commands, const std::string& name) {
    for (const auto& command : commands)
        if (command->name() == name) return command.get();
    return nullptr;
}

void printHelp(const Commands& commands) {
    std::cout << "wopdocs — the documents of a Water Operators' Partnership as PDF, in English and Urdu\n\n"
                 "usage: wopdocs COMMAND [options] [arguments]\n\ncommands:\n";
    std::size_t longest = 0;
    for (const auto& command : commands) longest = std::max(longest, command->name().size());
    for (const auto& command : commands) {
        const std::string name = command->name();
        std::cout << "  " << name << std::string(longest + 3 - name.size(), ' ') << command->summary() << '\n';
    }
    std::cout << "\n`wopdocs COMMAND --help` describes a command.\n"
                 "exit codes: 0 all done, 1 some inputs or documents failed, 2 bad usage\n";
}

}  // namespace

int main(int argc, char** argv) {
    const Commands commands = allCommands();
    std::vector<std::string> args(argv + 1, argv + argc);
    if (args.empty() || args[0] == "--help" || args[0] == "-h" || args[0] == "help") {
        printHelp(commands);
        return args.empty() ? wop::cli::BadUsage : wop::cli::Success;
    }
    if (args[0] == "--version") {
        std::cout << "wopdocs " << WOPDOCS_VERSION << '\n';
        return wop::cli::Success;
    }
    Command* command = find(commands, args[0]);
    if (!command) {
        std::cerr << "wopdocs: unknown command \"" << args[0] << "\" (see wopdocs --help)\n";
        return wop::cli::BadUsage;
    }
    return wop::cli::runCommand(*command, std::vector<std::string>(args.begin() + 1, args.end()));
}
