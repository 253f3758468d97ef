// Options every command that renders shares: where templates and fonts are,
// and how Urdu digits print. Defaults come from HOME/wopdocs.properties
// (or --config FILE); options given on the command line win.
#pragma once

#include <filesystem>
#include <string>

#include <Poco/Util/OptionSet.h>

#include "render/renderer.h"

namespace wop::cli {

class SettingsOptions {
public:
    void define(Poco::Util::OptionSet& options) const;
    // True when the option was one of these.
    bool handle(const std::string& name, const std::string& value);
    // Throws std::runtime_error for an unreadable or wrong configuration.
    render::RenderSettings settings() const;

private:
    std::filesystem::path config_;
    std::filesystem::path templates_;
    std::filesystem::path fonts_;
    bool urduDigits_ = false;
};

// The project's folders: $WOPDOCS_HOME, else the current folder when it has
// templates/, else the source tree the program was built from.
std::filesystem::path projectHome();

}  // namespace wop::cli
