#include "cli/config_command.h"

#include <algorithm>
#include <iostream>
#include <regex>

#include <Poco/Util/Option.h>

#include "cli/program_files.h"
#include "cli/settings_files.h"
#include "store/store.h"

namespace wop::cli {

namespace {

struct ShownSetting {
    std::string key;
    std::string value;
    std::string origin;  // "from FILE", or "default"
};

// Passwords are shown as set or not, never their text: the output is
// pasted into mails and tickets.
std::string shownValue(const std::string& key, const std::string& value) {
    const std::string lastPart = key.substr(key.rfind('.') + 1);
    if (lastPart.find("password") != std::string::npos) return value.empty() ? "" : "(hidden)";
    if (key == "database") {
        static const std::regex password(R"(password\s*=\s*('([^'\\]|\\.)*'|\S+))");
        return std::regex_replace(value, password, "password=(hidden)");
    }
    return value;
}

// The keys set, at any depth: `fonts` and `fonts.urdu` are both keys.
void collectKeys(const Settings& settings, const std::string& key, std::vector<std::string>& keys) {
    if (!key.empty() && settings.has(key)) keys.push_back(key);
    Poco::Util::AbstractConfiguration::Keys children;
    settings.keys(key, children);
    for (const std::string& child : children) collectKeys(settings, key.empty() ? child : key + "." + child, keys);
}

// The settings whose defaults say where the program's files and data are,
// the first things to check on a new machine.
std::vector<ShownSetting> defaults() {
    return {
        {"data.dir", std::filesystem::absolute(store::StoreLocation{}.dataDir).string(), "default"},
        {"fonts", programFolder("fonts").string(), "default"},
        {"page.size", "A4", "default"},
        {"templates", programFolder("templates").string(), "default"},
        {"urdu.digits", "western", "default"},
    };
}

void printPlaces(const std::vector<SettingsPlace>& places, std::ostream& out) {
    out << "settings files, searched in this order; a key takes its value from the first that sets it:\n";
    std::size_t width = 0;
    for (const SettingsPlace& place : places) width = std::max(width, place.name.size());
    for (const SettingsPlace& place : places) {
        out << "  " << place.name << std::string(width + 2 - place.name.size(), ' ');
        switch (place.found) {
        case SettingsPlace::Found::NotNamed:
            out << (place.name == "--config" ? "not given" : "WOPDOCS_HOME is not set") << '\n';
            continue;
        case SettingsPlace::Found::Read: out << "read"; break;
        case SettingsPlace::Found::SameFileAsAbove: out << "the same file as above"; break;
        case SettingsPlace::Found::Missing: out << "none"; break;
        }
        out << (place.path == place.name ? "" : ": " + place.path.string()) << '\n';
    }
}

void printSettings(std::vector<ShownSetting> shown, std::ostream& out) {
    std::sort(shown.begin(), shown.end(), [](const auto& a, const auto& b) { return a.key < b.key; });
    std::size_t width = 0;
    for (const ShownSetting& s : shown) width = std::max(width, s.key.size() + 3 + s.value.size());
    out << "\nsettings in effect:\n";
    for (const ShownSetting& s : shown) {
        const std::string line = s.key + " = " + s.value;
        out << "  " << line << std::string(width + 3 - line.size(), ' ') << s.origin << '\n';
    }
}

}  // namespace

void ConfigCommand::defineOptions(Poco::Util::OptionSet& options) {
    options.addOption(Poco::Util::Option("config", "", settingsFileHelp).argument("FILE"));
}

void ConfigCommand::handleOption(const std::string& name, const std::string& value) {
    if (name == "config") config_ = value;
}

int ConfigCommand::run(const std::vector<std::string>& arguments) {
    if (!arguments.empty()) {
        std::cerr << "wopdocs config: takes no arguments (see --help)\n";
        return BadUsage;
    }
    try {
        const Poco::AutoPtr<Settings> settings = new Settings(config_);
        printPlaces(settings->places(), std::cout);
        std::vector<std::string> keys;
        collectKeys(*settings, "", keys);
        std::vector<ShownSetting> shown;
        for (const std::string& key : keys)
            shown.push_back({key, shownValue(key, settings->getString(key)), "from " + settings->origin(key)});
        for (const ShownSetting& fallback : defaults())
            if (std::find(keys.begin(), keys.end(), fallback.key) == keys.end()) shown.push_back(fallback);
        printSettings(shown, std::cout);
        return Success;
    } catch (const std::exception& e) {  // a settings file that cannot be read
        std::cerr << "wopdocs config: " << e.what() << '\n';
        return SomeFailed;
    }
}

}  // namespace wop::cli
