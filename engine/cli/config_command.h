#pragma once

#include <filesystem>

#include "cli/command.h"

namespace wop::cli {

// wopdocs config : the settings files searched, and every setting in effect
// with where it comes from; passwords hidden.
class ConfigCommand : public Command {
public:
    std::string name() const override { return "config"; }
    std::string usage() const override { return "[--config FILE]"; }
    std::string summary() const override { return "show the settings in effect and the file each comes from"; }
    void defineOptions(Poco::Util::OptionSet& options) override;
    void handleOption(const std::string& name, const std::string& value) override;
    int run(const std::vector<std::string>& arguments) override;

private:
    std::filesystem::path config_;
};

}  // namespace wop::cli
