// Options of the commands that use the store (import, batch, status): the
// data folder and the database. Their defaults come from the settings file
// (settings_options.h), keys `data.dir` and `database`; options given on the
// command line win.
#pragma once

#include <filesystem>
#include <string>

#include <Poco/Util/OptionSet.h>

#include "store/store.h"

namespace wop::cli {

class StoreOptions {
public:
    // A command that renders defines --config with SettingsOptions already.
    enum class ConfigOption { Define, DefinedElsewhere };

    void define(Poco::Util::OptionSet& options, ConfigOption config) const;
    // True when the option was one of these (--config included).
    bool handle(const std::string& name, const std::string& value);
    // Throws std::runtime_error when the settings file cannot be read.
    store::StoreLocation location() const;

private:
    std::filesystem::path config_;
    std::string dataDir_;
    std::string database_;
};

}  // namespace wop::cli
