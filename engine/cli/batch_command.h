#pragma once

#include "cli/command.h"
#include "cli/jobs_option.h"
#include "cli/settings_options.h"
#include "cli/store_options.h"

namespace wop::cli {

// wopdocs batch : every document of the store that is new or changed.
class BatchCommand : public Command {
public:
    std::string name() const override { return "batch"; }
    std::string usage() const override { return "[--jobs N] [--data-dir DIR | --database CONN]"; }
    std::string summary() const override {
        return "make the PDFs of every stored partnership that are new or changed, and register them";
    }
    void defineOptions(Poco::Util::OptionSet& options) override;
    void handleOption(const std::string& name, const std::string& value) override;
    int run(const std::vector<std::string>& arguments) override;

private:
    JobsOption jobs_;
    StoreOptions store_;
    SettingsOptions settings_;
};

}  // namespace wop::cli
