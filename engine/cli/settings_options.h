// Options every command that renders shares: where templates and fonts are,
// and how Urdu digits print.
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
    render::RenderSettings settings() const;

private:
    std::filesystem::path templates_;
    std::filesystem::path fonts_;
    bool urduDigits_ = false;
};

// The project's folders: $WOPDOCS_HOME, else the current folder when it has
// templates/, else the source tree the program was built from.
std::filesystem::path projectHome();

}  // namespace wop::cli
