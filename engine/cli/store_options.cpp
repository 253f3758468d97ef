#include "cli/store_options.h"

#include <Poco/Util/Option.h>

#include "cli/settings_options.h"

namespace wop::cli {

void StoreOptions::define(Poco::Util::OptionSet& options, ConfigOption config) const {
    using Poco::Util::Option;
    options.addOption(Option("data-dir", "", "the data folder: the documents made and the SQLite database "
                                             "(default: data.dir of the settings file, else ./data)")
                          .argument("DIR"));
    options.addOption(Option("database", "", "a database instead of DIR/wopdocs.sqlite: sqlite:PATH or "
                                             "\"postgresql:host=H port=P dbname=D user=U\" (default: database "
                                             "of the settings file)")
                          .argument("CONN"));
    if (config == ConfigOption::Define) {
        options.addOption(Option("config", "", settingsFileHelp).argument("FILE"));
    }
}

bool StoreOptions::handle(const std::string& name, const std::string& value) {
    if (name == "config") config_ = value;
    else if (name == "data-dir") dataDir_ = value;
    else if (name == "database") database_ = value;
    else return false;
    return true;
}

store::StoreLocation StoreOptions::location() const {
    const auto settings = readSettingsFile(config_);
    auto setting = [&](const std::string& given, const std::string& key, const std::string& fallback) {
        if (!given.empty()) return given;
        return settings ? settings->getString(key, fallback) : fallback;
    };
    store::StoreLocation location;
    location.dataDir = setting(dataDir_, "data.dir", location.dataDir.string());
    location.database = setting(database_, "database", "");
    return location;
}

}  // namespace wop::cli
