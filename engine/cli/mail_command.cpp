#include "cli/mail_command.h"

#include <iostream>

#include <Poco/Exception.h>
#include <Poco/NumberParser.h>
#include <Poco/Util/MapConfiguration.h>
#include <Poco/Util/Option.h>
#include <Poco/Util/OptionException.h>

#include "cli/settings_options.h"
#include "mail/mail_report.h"
#include "mail/mailer.h"
#include "mail/outbox.h"

namespace wop::cli {

void MailCommand::defineOptions(Poco::Util::OptionSet& options) {
    using Poco::Util::Option;
    options.addOption(Option("status", "", "show what is waiting in the outbox, send nothing"));
    options.addOption(Option("retry-now", "", "try the waiting messages now, whatever their back-off"));
    options.addOption(Option("host", "", "SMTP server (default: mail.host, else localhost)").argument("HOST"));
    options.addOption(Option("port", "", "SMTP port (default: mail.port, else 25)").argument("PORT"));
    options.addOption(Option("starttls", "", "use STARTTLS (default: mail.starttls)"));
    options.addOption(Option("from", "", "sender, \"Name <address>\" (default: mail.from)").argument("ADDRESS"));
    store_.define(options, StoreOptions::ConfigOption::Define);
}

void MailCommand::handleOption(const std::string& name, const std::string& value) {
    if (name == "config") config_ = value;
    if (store_.handle(name, value)) return;
    if (name == "status") status_ = true;
    else if (name == "retry-now") retryNow_ = true;
    else if (name == "host") host_ = value;
    else if (name == "from") from_ = value;
    else if (name == "starttls") starttls_ = true;
    else if (name == "port") {
        int port = 0;
        if (!Poco::NumberParser::tryParse(value, port) || port < 1 || port > 65535)
            throw Poco::Util::InvalidArgumentException("--port takes a number from 1 to 65535, not \"" + value + "\"");
        port_ = port;
    }
}

mail::MailSettings MailCommand::mailSettings() const {
    Poco::AutoPtr<Poco::Util::AbstractConfiguration> configuration = readSettingsFile(config_);
    if (!configuration) configuration = new Poco::Util::MapConfiguration;
    if (host_) configuration->setString("mail.host", *host_);
    if (port_) configuration->setInt("mail.port", *port_);
    if (starttls_) configuration->setBool("mail.starttls", true);
    if (from_) configuration->setString("mail.from", *from_);
    return mail::MailSettings::read(*configuration);
}

int MailCommand::run(const std::vector<std::string>& arguments) {
    if (!arguments.empty()) {
        std::cerr << "wopdocs mail: takes no arguments: it mails the documents of the store's registry\n";
        return BadUsage;
    }
    try {
        store::Store store(store_.location());
        if (status_) {
            mail::printOutbox(mail::Outbox(store.database()).waiting(), std::cout);
            return Success;
        }
        mail::Mailer mailer(store, mailSettings());
        const mail::MailReport report = mailer.run(retryNow_);
        mail::printSummary(report, std::cout);
        return report.succeeded() ? Success : SomeFailed;
    } catch (const Poco::Exception& e) {  // the database failed
        std::cerr << "wopdocs mail: " << e.displayText() << '\n';
        return SomeFailed;
    } catch (const std::exception& e) {  // the settings or the store cannot be used: nothing was sent
        std::cerr << "wopdocs mail: " << e.what() << '\n';
        return SomeFailed;
    }
}

}  // namespace wop::cli
