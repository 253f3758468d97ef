#include "cli/jobs_option.h"

#include <Poco/Environment.h>
#include <Poco/NumberParser.h>
#include <Poco/Util/Option.h>
#include <Poco/Util/OptionException.h>

namespace wop::cli {

void JobsOption::define(Poco::Util::OptionSet& options) const {
    options.addOption(Poco::Util::Option("jobs", "j", "documents made at once (default: one per core)").argument("N"));
}

bool JobsOption::handle(const std::string& name, const std::string& value) {
    if (name != "jobs") return false;
    int jobs = 0;
    if (!Poco::NumberParser::tryParse(value, jobs) || jobs < 1 || jobs > 256)
        throw Poco::Util::InvalidArgumentException("--jobs takes a number from 1 to 256, not \"" + value + "\"");
    jobs_ = jobs;
    return true;
}

int JobsOption::threads() const {
    return jobs_ ? jobs_ : static_cast<int>(Poco::Environment::processorCount());
}

}  // namespace wop::cli
