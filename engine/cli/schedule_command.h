#pragma once

#include <filesystem>
#include <optional>

#include "cli/command.h"
#include "cli/mail_command.h"
#include "cli/settings_options.h"
#include "cli/store_options.h"

namespace wop::cli {

// wopdocs schedule : batch then mail, at the times of `schedule.cron`,
// until stopped; --once runs one cycle now (docs/delivery.md).
class ScheduleCommand : public Command {
public:
    std::string name() const override { return "schedule"; }
    std::string usage() const override {
        return "[--once] [--cron \"MIN HOUR DAY MONTH WEEKDAY\"] [--log FILE] [--data-dir DIR | --database CONN]";
    }
    std::string summary() const override { return "run batch then mail on a schedule (schedule.cron), or --once now"; }
    void defineOptions(Poco::Util::OptionSet& options) override;
    void handleOption(const std::string& name, const std::string& value) override;
    int run(const std::vector<std::string>& arguments) override;

private:
    // One batch and one mail run, logged; true when both succeeded.
    bool runCycle();

    bool once_ = false;
    std::filesystem::path config_;
    std::optional<std::string> cron_;
    std::optional<std::string> log_;
    StoreOptions store_;
    SettingsOptions settings_;
    MailCommand mail_;  // its options: the mail settings over the settings file's
};

}  // namespace wop::cli
