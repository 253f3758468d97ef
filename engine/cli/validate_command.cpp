#include "cli/validate_command.h"

#include <iostream>

#include <Poco/Util/Option.h>

#include "cli/inputs.h"
#include "context/catalogue.h"

namespace wop::cli {

void ValidateCommand::defineOptions(Poco::Util::OptionSet& options) {
    options.addOption(Poco::Util::Option("strict", "", "treat warnings as errors: the guideline's rules, and Text given only in English"));
}

void ValidateCommand::handleOption(const std::string& name, const std::string&) {
    if (name == "strict") strict_ = true;
}

int ValidateCommand::run(const std::vector<std::string>& arguments) {
    if (arguments.empty()) {
        std::cerr << "wopdocs validate: name at least one partnership file or folder (see --help)\n";
        return BadUsage;
    }
    // Both languages are made unless generate is told otherwise.
    Inputs inputs = loadInputs(arguments, strict_, true, std::cout);
    for (const model::Partnership& p : inputs.partnerships) {
        const auto documents = context::availableDocuments(p);
        std::cout << p.sourceFile << ": ok, " << documents.size() << " documents available:";
        for (std::size_t i = 0; i < documents.size(); ++i) std::cout << (i ? ", " : " ") << documents[i].baseName();
        std::cout << '\n';
    }
    std::cout << inputs.partnerships.size() << " valid, " << inputs.failedFiles << " invalid, " << inputs.warnings
              << " warnings\n";
    return inputs.failedFiles ? SomeFailed : Success;
}

}  // namespace wop::cli
