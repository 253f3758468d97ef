// The settings files and the order they are searched in: --config FILE,
// ./wopdocs.properties, $WOPDOCS_HOME/wopdocs.properties,
// /etc/wopdocs/wopdocs.properties. Each one present is read, whatever else
// its folder holds, and a key takes its value from the first that sets it:
// a deployment's secrets in /etc, a project's own choices beside it.
#pragma once

#include <filesystem>
#include <string>
#include <vector>

#include <Poco/AutoPtr.h>
#include <Poco/Util/LayeredConfiguration.h>

namespace wop::cli {

// What --config does, for the commands' help.
inline constexpr const char* settingsFileHelp =
    "the settings file searched first, before ./wopdocs.properties, $WOPDOCS_HOME/wopdocs.properties and "
    "/etc/wopdocs/wopdocs.properties (wopdocs config shows what each sets)";

struct SettingsPlace {
    enum class Found { NotNamed, Read, SameFileAsAbove, Missing };

    std::string name;            // as the documentation writes it: "$WOPDOCS_HOME/wopdocs.properties"
    std::filesystem::path path;  // empty when it names no file: no --config given, WOPDOCS_HOME not set
    Found found = Found::NotNamed;
};

// The settings of every file present, the first file's value of a key
// winning; above them a layer for what a command's options set.
class Settings : public Poco::Util::LayeredConfiguration {
public:
    // `given` is --config's file. Throws std::runtime_error naming a file
    // present that cannot be read, or --config's file when it is missing.
    explicit Settings(const std::filesystem::path& given);

    // The places in the order they are searched, and what each held; a
    // file reached by two places (the current folder is $WOPDOCS_HOME) is
    // read at the first.
    const std::vector<SettingsPlace>& places() const { return places_; }
    bool readAny() const;
    // Where `key`'s value comes from, for messages: a file, or "the command
    // line"; empty when nothing sets it.
    std::string origin(const std::string& key) const;

private:
    std::vector<SettingsPlace> places_;
};

// The settings, or null when none of the files is present. Throws as
// Settings does.
Poco::AutoPtr<Settings> readSettingsFile(const std::filesystem::path& given);

}  // namespace wop::cli
