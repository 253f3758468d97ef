#include "cli/serve_command.h"

#include <iostream>

#include <Poco/AutoPtr.h>
#include <Poco/ConsoleChannel.h>
#include <Poco/Exception.h>
#include <Poco/Environment.h>
#include <Poco/FormattingChannel.h>
#include <Poco/Logger.h>
#include <Poco/Net/IPAddress.h>
#include <Poco/NumberParser.h>
#include <Poco/StringTokenizer.h>
#include <Poco/PatternFormatter.h>
#include <Poco/Util/Option.h>
#include <Poco/Util/OptionException.h>

#include "cli/intake_limits.h"
#include "cli/program_files.h"
#include "server/portal.h"
#include "server/termination_signals.h"

namespace wop::cli {

namespace {

double positiveNumber(const std::string& option, const std::string& value) {
    double number = 0;
    if (!Poco::NumberParser::tryParseFloat(value, number) || number <= 0)
        throw Poco::Util::InvalidArgumentException("--" + option + " takes a number above 0, not \"" + value + "\"");
    return number;
}

// `portal.trusted-proxies`: addresses, separated by commas or spaces.
std::vector<Poco::Net::IPAddress> trustedProxies(const std::string& file, const std::string& value) {
    std::vector<Poco::Net::IPAddress> addresses;
    const Poco::StringTokenizer tokens(value, ", \t", Poco::StringTokenizer::TOK_IGNORE_EMPTY);
    for (const std::string& token : tokens) {
        Poco::Net::IPAddress address;
        if (!Poco::Net::IPAddress::tryParse(token, address))
            throw SettingsError(file + ": portal.trusted-proxies: expected IP addresses (\"127.0.0.1, ::1\"), not \"" +
                                token + "\"");
        addresses.push_back(address);
    }
    return addresses;
}

// The portal's log (requests, sign-ins refused, failures) on stderr, for
// the terminal or the journal.
void logToStderr() {
    Poco::AutoPtr<Poco::PatternFormatter> format = new Poco::PatternFormatter("%Y-%m-%d %H:%M:%S %p %t");
    Poco::AutoPtr<Poco::FormattingChannel> channel =
        new Poco::FormattingChannel(format, new Poco::ConsoleChannel(std::cerr));
    Poco::Logger::get("wopdocs.portal").setChannel(channel);
}

}  // namespace

void ServeCommand::defineOptions(Poco::Util::OptionSet& options) {
    using Poco::Util::Option;
    options.addOption(Option("port", "p", "TCP port (default: portal.port, else 8080; 0 for any free one)").argument("PORT"));
    options.addOption(Option("bind", "b", "address to listen on (default: portal.bind, else 127.0.0.1)").argument("ADDRESS"));
    options.addOption(Option("rate", "", "requests per second per client address (default: portal.rate, else 5)").argument("N"));
    options.addOption(Option("burst", "", "requests a client may make at once (default: portal.burst, else 60)").argument("N"));
    options.addOption(Option("secure-cookies", "", "mark cookies Secure: behind an HTTPS proxy (default: portal.secure-cookies)"));
    store_.define(options, StoreOptions::ConfigOption::DefinedElsewhere);
    settings_.define(options);
}

void ServeCommand::handleOption(const std::string& name, const std::string& value) {
    if (name == "config") config_ = value;
    const bool storeOption = store_.handle(name, value);
    if (settings_.handle(name, value) || storeOption) return;
    if (name == "port") {
        int port = -1;
        if (!Poco::NumberParser::tryParse(value, port) || port < 0 || port > 65535)
            throw Poco::Util::InvalidArgumentException("--port takes a number from 0 to 65535, not \"" + value + "\"");
        port_ = port;
    } else if (name == "bind") {
        bind_ = value;
    } else if (name == "rate") {
        rate_ = positiveNumber(name, value);
    } else if (name == "burst") {
        burst_ = positiveNumber(name, value);
    } else if (name == "secure-cookies") {
        secureCookies_ = true;
    }
}

server::PortalSettings ServeCommand::portalSettings() const {
    server::PortalSettings s;
    if (const auto file = readSettingsFile(config_)) {
        s.port = file->getInt("portal.port", s.port);
        s.bind = file->getString("portal.bind", s.bind);
        s.requestsPerSecond = file->getDouble("portal.rate", s.requestsPerSecond);
        s.burst = file->getDouble("portal.burst", s.burst);
        s.sessionHours = file->getInt("portal.session-hours", s.sessionHours);
        s.secureCookies = file->getBool("portal.secure-cookies", s.secureCookies);
        s.trustedProxies = trustedProxies(config_.empty() ? "wopdocs.properties" : config_.string(),
                                          file->getString("portal.trusted-proxies", ""));
    }
    s.port = port_.value_or(s.port);
    s.bind = bind_.value_or(s.bind);
    s.requestsPerSecond = rate_.value_or(s.requestsPerSecond);
    s.burst = burst_.value_or(s.burst);
    s.secureCookies = s.secureCookies || secureCookies_;
    s.uploads = intakeLimits(config_);
    s.batch = {settings_.settings(), static_cast<int>(Poco::Environment::processorCount()), ""};
    s.partnershipSchema = programFolder("docs") / "partnership.schema.json";
    return s;
}

int ServeCommand::run(const std::vector<std::string>& arguments) {
    if (!arguments.empty()) {
        std::cerr << "wopdocs serve: takes no arguments (see --help)\n";
        return BadUsage;
    }
    try {
        server::TerminationSignals signals;  // before the server's threads start
        logToStderr();
        const server::PortalSettings settings = portalSettings();
        server::Portal portal(settings, store_.location());
        portal.start();
        std::cout << "wopdocs portal on http://" << settings.bind << ":" << portal.port() << "/ (Ctrl-C stops it)"
                  << std::endl;
        signals.wait();
        std::cout << "stopping the portal" << std::endl;
        portal.stop();
        return Success;
    } catch (const Poco::Exception& e) {  // the address is taken, a setting is not a number
        std::cerr << "wopdocs serve: " << e.displayText() << '\n';
        return SomeFailed;
    } catch (const SettingsError& e) {
        std::cerr << "wopdocs serve: " << e.what() << '\n';
        return BadUsage;
    } catch (const std::exception& e) {  // the settings or the store cannot be used
        std::cerr << "wopdocs serve: " << e.what() << '\n';
        return SomeFailed;
    }
}

}  // namespace wop::cli
