#pragma once

#include <filesystem>
#include <set>

#include "cli/command.h"
#include "cli/jobs_option.h"
#include "cli/settings_options.h"
#include "model/text.h"

namespace wop::cli {

// wopdocs generate FILE_OR_DIR... : every document the data supports, as PDF.
class GenerateCommand : public Command {
public:
    std::string name() const override { return "generate"; }
    std::string usage() const override { return "FILE_OR_DIR... [--doc ID]... [--lang en|ur|all] [--out DIR] [--jobs N]"; }
    std::string summary() const override { return "make the PDFs of partnership files (all documents their data supports)"; }
    void defineOptions(Poco::Util::OptionSet& options) override;
    void handleOption(const std::string& name, const std::string& value) override;
    int run(const std::vector<std::string>& arguments) override;

private:
    std::set<std::string> documents_;
    std::vector<model::Lang> langs_{model::Lang::En, model::Lang::Ur};
    std::filesystem::path out_ = "out";
    bool strict_ = false;
    bool markupOnly_ = false;
    JobsOption jobs_;
    SettingsOptions settings_;
};

}  // namespace wop::cli
