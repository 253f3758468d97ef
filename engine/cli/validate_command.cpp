#include "cli/validate_command.h"

#include <iostream>

#include <Poco/Util/Option.h>

#include "cli/inputs.h"
#include "context/catalogue.h"

namespace wop::cli {

void ValidateCommand::defineOptions(Poco::Util::OptionSet& options) {
    options.addOption(Poco::Util::Option("strict", "", "treat the guideline's rule warnings as errors"));
}

void ValidateCommand::handleOption(const std::string& name, const std::string&) {
    if (name == "strict") strict_ = true;
}

int ValidateCommand::run(const std::vector<std::string>& arguments) {
    if (arguments.empty()) {
        std::cerr << "wopdocs validate: name at least one partnership file or folder (see --help)\n";
        return BadUsage;
    }
    Inputs inputs = loadInputs(arguments, strict_, std::cout);
    for (const model::Partnership& p : inputs.partnerships) {
        const auto documents = context::availableDocuments(p);
        std::cout << p.sourceFile << ": ok, " << documents.size() << " documents available:";
        for (std::size_t i = 0; i < documents.size(); ++i) std::cout << (i ? ", " : " ") << documents[i].baseName();
        std::cout << '\n';
    }
    std::cout << inputs.partnerships.size() << " valid, " << inputs.failedFiles << " invalid, " << inputs.warnings
              << " rule warnings\n";
    return inputs.failedFiles ? SomeFailed : Success;
}

}  // namespace wop::cli
