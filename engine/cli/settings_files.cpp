#include "cli/settings_files.h"

#include <algorithm>
#include <cstdlib>
#include <stdexcept>

#include <Poco/Exception.h>
#include <Poco/Util/MapConfiguration.h>
#include <Poco/Util/PropertyFileConfiguration.h>

namespace wop::cli {

namespace {

const std::string commandLine = "the command line";

bool sameFile(const std::filesystem::path& a, const std::filesystem::path& b) {
    std::error_code ignored;
    return std::filesystem::equivalent(a, b, ignored);
}

}  // namespace

Settings::Settings(const std::filesystem::path& given) {
    const char* home = std::getenv("WOPDOCS_HOME");
    places_ = {
        {"--config", given},
        {"./wopdocs.properties", std::filesystem::absolute("wopdocs.properties")},
        {"$WOPDOCS_HOME/wopdocs.properties", home ? std::filesystem::path(home) / "wopdocs.properties" : ""},
        {"/etc/wopdocs/wopdocs.properties", "/etc/wopdocs/wopdocs.properties"},
    };
    // Options are set in a layer of their own, above every file (MailCommand).
    add(new Poco::Util::MapConfiguration, commandLine, -1, true);
    int priority = 0;
    for (SettingsPlace& place : places_) {
        if (place.path.empty()) continue;
        place.found = SettingsPlace::Found::Missing;
        // --config's file must be there; the others are read when they are.
        const bool required = &place == &places_.front();
        if (!required && !std::filesystem::exists(place.path)) continue;
        if (std::any_of(places_.begin(), places_.end(), [&](const SettingsPlace& before) {
                return before.found == SettingsPlace::Found::Read && sameFile(before.path, place.path);
            })) {
            place.found = SettingsPlace::Found::SameFileAsAbove;
            continue;
        }
        // Poco's reader never ends reading a folder.
        if (std::filesystem::is_directory(place.path))
            throw std::runtime_error(place.path.string() + ": is a folder, not a settings file");
        try {
            add(new Poco::Util::PropertyFileConfiguration(place.path.string()), place.path.string(), priority++);
        } catch (const Poco::Exception& e) {
            throw std::runtime_error(place.path.string() + ": " + e.displayText());
        }
        place.found = SettingsPlace::Found::Read;
    }
}

bool Settings::readAny() const {
    return std::any_of(places_.begin(), places_.end(),
                       [](const SettingsPlace& place) { return place.found == SettingsPlace::Found::Read; });
}

std::string Settings::origin(const std::string& key) const {
    if (find(commandLine)->has(key)) return commandLine;
    for (const SettingsPlace& place : places_)
        if (place.found == SettingsPlace::Found::Read && find(place.path.string())->has(key)) return place.path.string();
    return "";
}

Poco::AutoPtr<Settings> readSettingsFile(const std::filesystem::path& given) {
    Poco::AutoPtr<Settings> settings = new Settings(given);
    if (!settings->readAny()) return nullptr;
    return settings;
}

}  // namespace wop::cli
