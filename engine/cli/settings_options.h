// Options every command that renders shares: where templates and fonts are,
// how Urdu digits print, and who seals the final documents. Defaults come
// from the settings files (settings_files.h); options given on the command
// line win.
#pragma once

#include <filesystem>
#include <stdexcept>
#include <string>

#include <Poco/Util/OptionSet.h>

#include "cli/settings_files.h"
#include "render/renderer.h"

namespace wop::cli {

// Settings that name files the command cannot use as they are (the seal's
// key and certificate): it stops before making anything, with exit code 2.
class SettingsError : public std::runtime_error {
public:
    using std::runtime_error::runtime_error;
};

class SettingsOptions {
public:
    void define(Poco::Util::OptionSet& options) const;
    // True when the option was one of these.
    bool handle(const std::string& name, const std::string& value);
    // Throws std::runtime_error for an unreadable or wrong configuration,
    // SettingsError for a seal that cannot be used.
    render::RenderSettings settings() const;
    // The settings' seal alone (sign.key, sign.cert, sign.key-password):
    // none when they name none. Throws SettingsError.
    std::shared_ptr<const pdf::Signer> seal() const;

private:
    std::filesystem::path config_;
    std::filesystem::path templates_;
    std::filesystem::path fonts_;
    bool urduDigits_ = false;
};

}  // namespace wop::cli
