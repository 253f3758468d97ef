#pragma once

#include <filesystem>
#include <optional>

#include "cli/command.h"
#include "cli/store_options.h"
#include "mail/mail_settings.h"

namespace wop::cli {

// wopdocs mail : mails the new or changed documents of the registry, and
// what is waiting in the outbox (docs/delivery.md).
class MailCommand : public Command {
public:
    std::string name() const override { return "mail"; }
    std::string usage() const override {
        return "[--status] [--retry-now] [--host H] [--port P] [--starttls] [--from ADDRESS] "
               "[--data-dir DIR | --database CONN]";
    }
    std::string summary() const override {
        return "mail the new or changed PDFs to the parties they concern; retry what is waiting";
    }
    void defineOptions(Poco::Util::OptionSet& options) override;
    void handleOption(const std::string& name, const std::string& value) override;
    int run(const std::vector<std::string>& arguments) override;

    // The mail.* settings of the settings file, with the options given over them.
    mail::MailSettings mailSettings() const;

private:
    bool status_ = false;
    bool retryNow_ = false;
    std::filesystem::path config_;
    std::optional<std::string> host_, from_;
    std::optional<int> port_;
    bool starttls_ = false;
    StoreOptions store_;
};

}  // namespace wop::cli
