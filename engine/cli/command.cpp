#include "cli/command.h"

#include <iostream>

#include <Poco/Util/HelpFormatter.h>
#include <Poco/Util/OptionException.h>
#include <Poco/Util/OptionProcessor.h>

#include "cli/batch_command.h"
#include "cli/documents_command.h"
#include "cli/generate_command.h"
#include "cli/import_command.h"
#include "cli/mail_command.h"
#include "cli/schedule_command.h"
#include "cli/serve_command.h"
#include "cli/status_command.h"
#include "cli/user_command.h"
#include "cli/validate_command.h"

namespace wop::cli {

std::vector<std::unique_ptr<Command>> allCommands() {
    std::vector<std::unique_ptr<Command>> commands;
    commands.push_back(std::make_unique<GenerateCommand>());
    commands.push_back(std::make_unique<ValidateCommand>());
    commands.push_back(std::make_unique<DocumentsCommand>());
    commands.push_back(std::make_unique<ImportCommand>());
    commands.push_back(std::make_unique<BatchCommand>());
    commands.push_back(std::make_unique<StatusCommand>());
    commands.push_back(std::make_unique<MailCommand>());
    commands.push_back(std::make_unique<ScheduleCommand>());
    commands.push_back(std::make_unique<ServeCommand>());
    commands.push_back(std::make_unique<UserCommand>());
    return commands;
}

int runCommand(Command& command, const std::vector<std::string>& arguments) {
    Poco::Util::OptionSet options;
    options.addOption(Poco::Util::Option("help", "h", "print this help and exit"));
    command.defineOptions(options);
    Poco::Util::OptionProcessor processor(options);
    processor.setUnixStyle(true);
    std::vector<std::string> positional;
    try {
        for (const std::string& argument : arguments) {
            std::string name, value;
            if (processor.process(argument, name, value)) {
                if (name == "help") {
                    Poco::Util::HelpFormatter help(options);
                    help.setUnixStyle(true);
                    help.setCommand("wopdocs " + command.name());
                    help.setUsage(command.usage());
                    help.setHeader(command.summary());
                    help.format(std::cout);
                    return Success;
                }
                command.handleOption(name, value);
            } else {
                if (argument.size() > 1 && argument[0] == '-') throw Poco::Util::UnknownOptionException(argument);
                positional.push_back(argument);
            }
        }
        processor.checkRequired();
    } catch (const Poco::Util::OptionException& e) {
        std::cerr << "wopdocs " << command.name() << ": " << e.displayText() << " (see wopdocs " << command.name()
                  << " --help)\n";
        return BadUsage;
    }
    return command.run(positional);
}

}  // namespace wop::cli
