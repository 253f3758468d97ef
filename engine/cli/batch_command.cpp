#include "cli/batch_command.h"

#include <iostream>

#include <unistd.h>

#include "batch/batch.h"

namespace wop::cli {

void BatchCommand::defineOptions(Poco::Util::OptionSet& options) {
    jobs_.define(options);
    store_.define(options, StoreOptions::ConfigOption::DefinedElsewhere);
    settings_.define(options);
}

void BatchCommand::handleOption(const std::string& name, const std::string& value) {
    // --config is for both: the store's folders and the rendering settings.
    const bool storeOption = store_.handle(name, value);
    if (settings_.handle(name, value) || storeOption) return;
    jobs_.handle(name, value);
}

int BatchCommand::run(const std::vector<std::string>& arguments) {
    if (!arguments.empty()) {
        std::cerr << "wopdocs batch: takes no file names: it works on the partnerships in the store "
                     "(add them with wopdocs import)\n";
        return BadUsage;
    }
    try {
        store::Store store(store_.location());
        batch::BatchSettings settings;
        settings.render = settings_.settings();
        settings.threads = jobs_.threads();
        batch::Batch batch(store, settings);
        render::Progress progress(std::cerr, isatty(STDERR_FILENO));
        const batch::BatchReport report = batch.run(progress);
        batch::printSummary(report, std::cout);
        return report.succeeded() ? Success : SomeFailed;
    } catch (const SettingsError& e) {
        std::cerr << "wopdocs batch: " << e.what() << '\n';
        return BadUsage;
    } catch (const std::exception& e) {
        // The store or the templates and fonts cannot be used: no document was made.
        std::cerr << "wopdocs batch: " << e.what() << '\n';
        return SomeFailed;
    }
}

}  // namespace wop::cli
