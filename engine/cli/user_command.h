#pragma once

#include <optional>

#include "cli/command.h"
#include "cli/store_options.h"
#include "server/account.h"

namespace wop::cli {

// wopdocs user add|passwd|remove|list : the portal's accounts.
class UserCommand : public Command {
public:
    std::string name() const override { return "user"; }
    std::string usage() const override {
        return "add NAME (--utility ID | --facilitator) | passwd NAME | remove NAME | list  [--password-stdin]";
    }
    std::string summary() const override { return "add, change or remove the portal's user accounts"; }
    void defineOptions(Poco::Util::OptionSet& options) override;
    void handleOption(const std::string& name, const std::string& value) override;
    int run(const std::vector<std::string>& arguments) override;

private:
    // From stdin: one line with --password-stdin, else typed twice without echo.
    std::optional<std::string> readPassword() const;

    std::optional<server::Account::Role> role_;
    std::string utility_;
    bool passwordFromStdin_ = false;
    StoreOptions store_;
};

}  // namespace wop::cli
