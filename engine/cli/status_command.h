#pragma once

#include <optional>

#include "cli/command.h"
#include "cli/store_options.h"
#include "model/date.h"

namespace wop::cli {

// wopdocs status [PARTNERSHIP] : how far each stored partnership has come,
// which documents are done, due or overdue.
class StatusCommand : public Command {
public:
    std::string name() const override { return "status"; }
    std::string usage() const override { return "[PARTNERSHIP] [--json] [--date YYYY-MM-DD] [--data-dir DIR | --database CONN]"; }
    std::string summary() const override { return "show each stored partnership's step and its documents done, due or overdue"; }
    void defineOptions(Poco::Util::OptionSet& options) override;
    void handleOption(const std::string& name, const std::string& value) override;
    int run(const std::vector<std::string>& arguments) override;

private:
    bool json_ = false;
    std::optional<model::Date> date_;
    StoreOptions store_;
};

}  // namespace wop::cli
