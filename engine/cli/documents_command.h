#pragma once

#include "cli/command.h"

namespace wop::cli {

// wopdocs documents : the document ids, one line each.
class DocumentsCommand : public Command {
public:
    std::string name() const override { return "documents"; }
    std::string usage() const override { return ""; }
    std::string summary() const override { return "list the document ids with their guideline step"; }
    void defineOptions(Poco::Util::OptionSet&) override {}
    void handleOption(const std::string&, const std::string&) override {}
    int run(const std::vector<std::string>& arguments) override;
};

}  // namespace wop::cli
