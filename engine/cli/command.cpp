#include "cli/command.h"

#include <iostream>

#include <Poco/Util/HelpFormatter.h>
#include <Poco/Util/OptionException.h>
#include <Poco/Util/OptionProcessor.h>

namespace wop::cli {

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
