#include "cli/import_command.h"

#include <iostream>
#include <map>

#include <Poco/Util/Option.h>

#include "cli/inputs.h"
#include "store/importer.h"
#include "store/store_error.h"

namespace wop::cli {

namespace {

const char* describe(store::ImportOutcome outcome) {
    switch (outcome) {
        case store::ImportOutcome::Added: return "added";
        case store::ImportOutcome::Updated: return "updated";
        case store::ImportOutcome::Unchanged: return "unchanged";
        case store::ImportOutcome::Invalid:
        case store::ImportOutcome::Superseded: break;
    }
    return "not imported";
}

bool onlyWarnings(const std::vector<model::Diagnostic>& diagnostics) {
    return !diagnostics.empty() && !model::hasErrors(diagnostics);
}

}  // namespace

void ImportCommand::defineOptions(Poco::Util::OptionSet& options) {
    options.addOption(Poco::Util::Option("strict", "", "treat the guideline's rule warnings as errors"));
    store_.define(options, StoreOptions::ConfigOption::Define);
}

void ImportCommand::handleOption(const std::string& name, const std::string& value) {
    if (store_.handle(name, value)) return;
    if (name == "strict") strict_ = true;
}

int ImportCommand::run(const std::vector<std::string>& arguments) {
    if (arguments.empty()) {
        std::cerr << "wopdocs import: name at least one partnership file or folder (see --help)\n";
        return BadUsage;
    }
    try {
        store::Store store(store_.location());
        store::Importer importer(store.database(), strict_);
        std::map<store::ImportOutcome, int> counts;
        for (const auto& file : partnershipFiles(arguments, std::cerr)) {
            store::ImportResult result;
            try {
                result = importer.importFile(file.string());
            } catch (const store::StoreError& e) {
                std::cerr << e.what() << '\n';
            }
            for (const model::Diagnostic& d : result.diagnostics) std::cerr << d.str() << '\n';
            ++counts[result.outcome];
            std::cout << file.string() << ": " << describe(result.outcome);
            if (result.outcome != store::ImportOutcome::Invalid) std::cout << " as " << result.partnershipId;
            else if (strict_ && onlyWarnings(result.diagnostics)) std::cout << " (--strict: rule warnings are errors)";
            std::cout << '\n';
        }
        const int failed = counts[store::ImportOutcome::Invalid];
        std::cout << counts[store::ImportOutcome::Added] << " added, " << counts[store::ImportOutcome::Updated]
                  << " updated, " << counts[store::ImportOutcome::Unchanged] << " unchanged, " << failed
                  << " not imported (" << store.database().name() << ")\n";
        return failed ? SomeFailed : Success;
    } catch (const std::exception& e) {  // the settings file or the store cannot be used
        std::cerr << "wopdocs import: " << e.what() << '\n';
        return SomeFailed;
    }
}

}  // namespace wop::cli
