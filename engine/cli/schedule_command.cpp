#include "cli/schedule_command.h"

#include <ctime>
#include <iostream>
#include <sstream>

#include <Poco/AutoPtr.h>
#include <Poco/ConsoleChannel.h>
#include <Poco/Environment.h>
#include <Poco/Exception.h>
#include <Poco/FileChannel.h>
#include <Poco/FormattingChannel.h>
#include <Poco/Logger.h>
#include <Poco/PatternFormatter.h>
#include <Poco/Util/Option.h>

#include "batch/batch.h"
#include "mail/cron_expression.h"
#include "mail/mailer.h"
#include "server/termination_signals.h"

namespace wop::cli {

namespace {

Poco::Logger& scheduleLog() {
    return Poco::Logger::get("wopdocs.schedule");
}

// To `file` (appended to), else stderr: the journal when run by systemd.
void logTo(const std::optional<std::string>& file) {
    Poco::AutoPtr<Poco::PatternFormatter> format = new Poco::PatternFormatter("%Y-%m-%d %H:%M:%S %p %t");
    Poco::AutoPtr<Poco::Channel> out;
    if (file) out = new Poco::FileChannel(*file);
    else out = new Poco::ConsoleChannel(std::cerr);
    scheduleLog().setChannel(new Poco::FormattingChannel(format, out));
}

// Each line of a report as one log entry.
void logLines(const std::string& prefix, const std::string& text, bool failed) {
    std::istringstream lines(text);
    for (std::string line; std::getline(lines, line);) {
        if (failed) scheduleLog().warning(prefix + line);
        else scheduleLog().information(prefix + line);
    }
}

std::string localTimeText(const std::tm& time) {
    char text[32];
    std::strftime(text, sizeof text, "%Y-%m-%d %H:%M", &time);
    return text;
}

}  // namespace

void ScheduleCommand::defineOptions(Poco::Util::OptionSet& options) {
    using Poco::Util::Option;
    options.addOption(Option("once", "", "run one cycle (batch, then mail) now and exit"));
    options.addOption(Option("cron", "", "when to run (default: schedule.cron), e.g. \"0 2 * * *\"").argument("EXPR"));
    options.addOption(Option("log", "", "append the log to FILE (default: schedule.log, else stderr)").argument("FILE"));
    settings_.define(options);
    store_.define(options, StoreOptions::ConfigOption::DefinedElsewhere);
    Poco::Util::OptionSet mailOptions;
    mail_.defineOptions(mailOptions);
    for (const char* name : {"host", "port", "starttls", "from"}) options.addOption(mailOptions.getOption(name));
}

void ScheduleCommand::handleOption(const std::string& name, const std::string& value) {
    if (name == "config") config_ = value;
    mail_.handleOption(name, value);
    const bool storeOption = store_.handle(name, value);
    if (settings_.handle(name, value) || storeOption) return;
    if (name == "once") once_ = true;
    else if (name == "cron") cron_ = value;
    else if (name == "log") log_ = value;
}

bool ScheduleCommand::runCycle() {
    scheduleLog().information("cycle started");
    bool succeeded = true;
    try {
        store::Store store(store_.location());
        const batch::BatchSettings settings{settings_.settings(), static_cast<int>(Poco::Environment::processorCount()), ""};
        batch::Batch batch(store, settings);
        std::ostream nowhere(nullptr);  // the log has the summary, not the progress bar
        render::Progress progress(nowhere, false);
        const batch::BatchReport batchReport = batch.run(progress);
        std::ostringstream summary;
        batch::printSummary(batchReport, summary);
        logLines("batch: ", summary.str(), !batchReport.succeeded());

        mail::Mailer mailer(store, mail_.mailSettings());
        const mail::MailReport mailReport = mailer.run(false);
        summary.str("");
        mail::printSummary(mailReport, summary);
        logLines("", summary.str(), !mailReport.succeeded());
        succeeded = batchReport.succeeded() && mailReport.succeeded();
    } catch (const Poco::Exception& e) {
        scheduleLog().error("cycle failed: " + e.displayText());
        succeeded = false;
    } catch (const std::exception& e) {
        scheduleLog().error(std::string("cycle failed: ") + e.what());
        succeeded = false;
    }
    scheduleLog().information(succeeded ? "cycle done" : "cycle done, with failures");
    return succeeded;
}

int ScheduleCommand::run(const std::vector<std::string>& arguments) {
    if (!arguments.empty()) {
        std::cerr << "wopdocs schedule: takes no arguments (see --help)\n";
        return BadUsage;
    }
    try {
        server::TerminationSignals signals;  // a cycle under way finishes before the command stops
        const auto file = readSettingsFile(config_);
        logTo(log_ ? log_ : file && file->has("schedule.log") ? std::optional(file->getString("schedule.log")) : std::nullopt);
        // A mistake in the mail settings or the seal stops the command now, not at 2 am.
        mail_.mailSettings();
        settings_.seal();
        if (once_) return runCycle() ? Success : SomeFailed;

        const std::string expression = cron_ ? *cron_ : file ? file->getString("schedule.cron", "") : "";
        if (expression.empty()) {
            std::cerr << "wopdocs schedule: no schedule: set schedule.cron in the settings file or give --cron\n";
            return BadUsage;
        }
        const mail::CronExpression cron = mail::CronExpression::parse(expression);
        scheduleLog().information("schedule \"" + cron.text() + "\"");
        for (;;) {
            std::time_t now = std::time(nullptr);
            std::tm local{};
            localtime_r(&now, &local);
            std::tm next = cron.next(local);
            next.tm_isdst = -1;  // the clock may change in between
            const std::time_t at = std::mktime(&next);
            scheduleLog().information("next cycle at " + localTimeText(next));
            if (signals.waitFor(std::chrono::seconds(std::max<std::time_t>(at - now, 0)))) break;
            runCycle();
        }
        scheduleLog().information("stopped");
        return Success;
    } catch (const Poco::Exception& e) {
        std::cerr << "wopdocs schedule: " << e.displayText() << '\n';
        return SomeFailed;
    } catch (const SettingsError& e) {
        std::cerr << "wopdocs schedule: " << e.what() << '\n';
        return BadUsage;
    } catch (const std::exception& e) {  // the settings, the cron expression, the log file
        std::cerr << "wopdocs schedule: " << e.what() << '\n';
        return SomeFailed;
    }
}

}  // namespace wop::cli
