#pragma once

#include "cli/command.h"
#include "cli/store_options.h"

namespace wop::cli {

// wopdocs import FILE_OR_DIR... : partnership files into the store.
class ImportCommand : public Command {
public:
    std::string name() const override { return "import"; }
    std::string usage() const override { return "FILE_OR_DIR... [--strict] [--data-dir DIR | --database CONN]"; }
    std::string summary() const override { return "check partnership files and keep them in the store"; }
    void defineOptions(Poco::Util::OptionSet& options) override;
    void handleOption(const std::string& name, const std::string& value) override;
    int run(const std::vector<std::string>& arguments) override;

private:
    bool strict_ = false;
    StoreOptions store_;
};

}  // namespace wop::cli
