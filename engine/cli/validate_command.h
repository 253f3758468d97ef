#pragma once

#include "cli/command.h"

namespace wop::cli {

// wopdocs validate FILE... : check partnership files without making documents.
class ValidateCommand : public Command {
public:
    std::string name() const override { return "validate"; }
    std::string usage() const override { return "FILE_OR_DIR... [--strict]"; }
    std::string summary() const override { return "check partnership files against the format and the guideline's rules"; }
    void defineOptions(Poco::Util::OptionSet& options) override;
    void handleOption(const std::string& name, const std::string& value) override;
    int run(const std::vector<std::string>& arguments) override;

private:
    bool strict_ = false;
};

}  // namespace wop::cli
