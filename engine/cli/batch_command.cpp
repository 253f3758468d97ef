#include "cli/batch_command.h"

#include <iostream>

#include <Poco/Environment.h>
#include <Poco/NumberParser.h>
#include <Poco/Util/Option.h>
#include <Poco/Util/OptionException.h>
#include <unistd.h>

#include "batch/batch.h"

namespace wop::cli {

void BatchCommand::defineOptions(Poco::Util::OptionSet& options) {
    options.addOption(Poco::Util::Option("jobs", "j", "documents made at once (default: one per core)").argument("N"));
    store_.define(options, StoreOptions::ConfigOption::DefinedElsewhere);
    settings_.define(options);
}

void BatchCommand::handleOption(const std::string& name, const std::string& value) {
    // --config is for both: the store's folders and the rendering settings.
    const bool storeOption = store_.handle(name, value);
    if (settings_.handle(name, value) || storeOption) return;
    if (name == "jobs") {
        int jobs = 0;
        if (!Poco::NumberParser::tryParse(value, jobs) || jobs < 1 || jobs > 256)
            throw Poco::Util::InvalidArgumentException("--jobs takes a number from 1 to 256, not \"" + value + "\"");
        jobs_ = jobs;
    }
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
        settings.threads = jobs_ ? jobs_ : static_cast<int>(Poco::Environment::processorCount());
        batch::Batch batch(store, settings);
        batch::Progress progress(std::cerr, isatty(STDERR_FILENO));
        const batch::BatchReport report = batch.run(progress);
        batch::printSummary(report, std::cout);
        return report.succeeded() ? Success : SomeFailed;
    } catch (const std::exception& e) {
        // The store or the templates and fonts cannot be used: no document was made.
        std::cerr << "wopdocs batch: " << e.what() << '\n';
        return SomeFailed;
    }
}

}  // namespace wop::cli
