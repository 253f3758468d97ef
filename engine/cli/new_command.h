#pragma once

#include <optional>

#include "cli/command.h"
#include "model/date.h"

namespace wop::cli {

// wopdocs new ID : a partnership file to start from, at its first step, the
// letter of request, that validates as written; its placeholders ("<...>")
// say what to write, and the command prints the steps to its first PDF.
class NewCommand : public Command {
public:
    std::string name() const override { return "new"; }
    std::string usage() const override { return "ID [--out FILE] [--date YYYY-MM-DD]"; }
    std::string summary() const override { return "write a partnership file to start from"; }
    void defineOptions(Poco::Util::OptionSet& options) override;
    void handleOption(const std::string& name, const std::string& value) override;
    int run(const std::vector<std::string>& arguments) override;

private:
    std::string out_;
    std::optional<model::Date> date_;
};

}  // namespace wop::cli
