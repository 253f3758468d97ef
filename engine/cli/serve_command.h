#pragma once

#include <filesystem>
#include <optional>

#include "cli/command.h"
#include "cli/settings_options.h"
#include "cli/store_options.h"
#include "server/portal_settings.h"

namespace wop::cli {

// wopdocs serve : the utilities' download portal (docs/delivery.md).
class ServeCommand : public Command {
public:
    std::string name() const override { return "serve"; }
    std::string usage() const override {
        return "[--port 8080] [--bind 127.0.0.1] [--rate N] [--burst N] [--data-dir DIR | --database CONN]";
    }
    std::string summary() const override { return "run the portal where utilities sign in and download their PDFs"; }
    void defineOptions(Poco::Util::OptionSet& options) override;
    void handleOption(const std::string& name, const std::string& value) override;
    int run(const std::vector<std::string>& arguments) override;

private:
    // The portal.* settings of the settings file, with the options given over them.
    server::PortalSettings portalSettings() const;

    std::filesystem::path config_;
    std::optional<int> port_;
    std::optional<std::string> bind_;
    std::optional<double> rate_, burst_;
    bool secureCookies_ = false;
    StoreOptions store_;
    SettingsOptions settings_;
};

}  // namespace wop::cli
