// A subcommand of `wopdocs`: its options, its help and what it does.
#pragma once

#include <memory>
#include <string>
#include <vector>

#include <Poco/Util/OptionSet.h>

namespace wop::cli {

enum ExitCode { Success = 0, SomeFailed = 1, BadUsage = 2 };

class Command {
public:
    virtual ~Command() = default;
    virtual std::string name() const = 0;
    virtual std::string usage() const = 0;    // "FILE_OR_DIR... [options]"
    virtual std::string summary() const = 0;  // one line for `wopdocs --help`
    virtual void defineOptions(Poco::Util::OptionSet& options) = 0;
    // Called for each option given; throws Poco::Util::OptionException for a bad value.
    virtual void handleOption(const std::string& name, const std::string& value) = 0;
    virtual int run(const std::vector<std::string>& arguments) = 0;
};

// Parses the arguments after the command's name and runs it; prints help
// for --help and a usage error (exit 2) for anything it cannot parse.
int runCommand(Command& command, const std::vector<std::string>& arguments);

}  // namespace wop::cli
