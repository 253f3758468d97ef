#include "cli/user_command.h"

#include <iostream>
#include <set>
#include <string>

#include <Poco/Exception.h>
#include <Poco/Util/Option.h>
#include <Poco/Util/OptionException.h>
#include <termios.h>
#include <unistd.h>

#include "server/users.h"
#include "store/stored_program.h"

namespace wop::cli {

namespace {

// Long enough that guessing it through the portal's rate limit and the
// slow hash is hopeless.
constexpr std::size_t shortestPassword = 10;

std::string readHidden(const std::string& prompt) {
    std::cerr << prompt << std::flush;
    termios saved{};
    const bool terminal = tcgetattr(STDIN_FILENO, &saved) == 0;
    if (terminal) {
        termios hidden = saved;
        hidden.c_lflag &= ~static_cast<tcflag_t>(ECHO);
        tcsetattr(STDIN_FILENO, TCSAFLUSH, &hidden);
    }
    std::string line;
    std::getline(std::cin, line);
    if (terminal) {
        tcsetattr(STDIN_FILENO, TCSAFLUSH, &saved);
        std::cerr << '\n';
    }
    return line;
}

// The organisations that are a mentor or a mentee in the store.
std::set<std::string> utilitiesInStore(store::Store& store) {
    store::Partnerships partnerships = store.partnerships();
    std::set<std::string> utilities;
    for (const model::Partnership& p : store::loadStoredProgram(partnerships).partnerships) {
        utilities.insert(p.mentor.id);
        utilities.insert(p.mentee.id);
    }
    return utilities;
}

}  // namespace

void UserCommand::defineOptions(Poco::Util::OptionSet& options) {
    using Poco::Util::Option;
    options.addOption(Option("utility", "", "add: a utility's user, for its organisation id (wasa-lahore)").argument("ID"));
    options.addOption(Option("facilitator", "", "add: the facilitator's user, who sees every partnership"));
    options.addOption(Option("password-stdin", "", "read the password as one line from stdin (for scripts)"));
    store_.define(options, StoreOptions::ConfigOption::Define);
}

void UserCommand::handleOption(const std::string& name, const std::string& value) {
    if (store_.handle(name, value)) return;
    if (name == "utility" || name == "facilitator") {
        if (role_) throw Poco::Util::InvalidArgumentException("give either --utility ID or --facilitator");
        role_ = name == "utility" ? server::Account::Role::Utility : server::Account::Role::Facilitator;
        utility_ = value;
    } else if (name == "password-stdin") {
        passwordFromStdin_ = true;
    }
}

std::optional<std::string> UserCommand::readPassword() const {
    std::string password;
    if (passwordFromStdin_) {
        std::getline(std::cin, password);
        // A line a Windows tool wrote ends with CR LF: the CR is no part of it.
        if (!password.empty() && password.back() == '\r') password.pop_back();
    } else {
        if (!isatty(STDIN_FILENO)) {
            std::cerr << "wopdocs user: stdin is not a terminal: give --password-stdin to read the password from it\n";
            return std::nullopt;
        }
        password = readHidden("Password: ");
        if (readHidden("Password again: ") != password) {
            std::cerr << "wopdocs user: the two passwords differ\n";
            return std::nullopt;
        }
    }
    if (password.find_first_not_of(" \t") == std::string::npos) {
        std::cerr << "wopdocs user: a password of only spaces is no password\n";
        return std::nullopt;
    }
    if (password.size() < shortestPassword) {
        std::cerr << "wopdocs user: a password has at least " << shortestPassword << " characters\n";
        return std::nullopt;
    }
    return password;
}

int UserCommand::run(const std::vector<std::string>& arguments) {
    const std::string action = arguments.empty() ? "" : arguments[0];
    const bool named = action == "add" || action == "passwd" || action == "remove";
    if (!(named && arguments.size() == 2) && !(action == "list" && arguments.size() == 1)) {
        std::cerr << "wopdocs user: usage: wopdocs user " << usage() << '\n';
        return BadUsage;
    }
    if ((action == "add") != role_.has_value()) {
        std::cerr << "wopdocs user: " << (role_ ? "--utility and --facilitator go with add only"
                                                : "add needs --utility ID or --facilitator")
                  << '\n';
        return BadUsage;
    }
    try {
        store::Store store(store_.location());
        server::Users users(store.database());
        if (action == "list") {
            for (const server::Account& account : users.all())
                std::cout << account.name << '\t' << server::roleName(account.role)
                          << (account.utility.empty() ? "" : "\t" + account.utility) << '\n';
            return Success;
        }
        const std::string& name = arguments[1];
        if (action == "remove") {
            if (!users.remove(name)) {
                std::cerr << "wopdocs user: no user \"" << name << "\"\n";
                return SomeFailed;
            }
            std::cout << "removed " << name << " and signed it out\n";
            return Success;
        }
        if (action == "passwd" && !users.find(name)) {
            std::cerr << "wopdocs user: no user \"" << name << "\"\n";
            return SomeFailed;
        }
        const auto password = readPassword();
        if (!password) return SomeFailed;
        if (action == "passwd") {
            users.setPassword(name, *password);
            std::cout << "changed the password of " << name << " and signed it out\n";
            return Success;
        }
        users.add({name, *role_, utility_}, *password);
        std::cout << "added " << name << " (" << server::roleName(*role_)
                  << (utility_.empty() ? "" : " of " + utility_) << ")\n";
        if (!utility_.empty() && !utilitiesInStore(store).count(utility_))
            std::cerr << "warning: no stored partnership has the utility \"" << utility_
                      << "\" as mentor or mentee yet: " << name << " sees no partnership until one does\n";
        return Success;
    } catch (const Poco::Exception& e) {  // the database failed
        std::cerr << "wopdocs user: " << e.displayText() << '\n';
        return SomeFailed;
    } catch (const std::exception& e) {  // a name taken or malformed, the store unusable
        std::cerr << "wopdocs user: " << e.what() << '\n';
        return SomeFailed;
    }
}

}  // namespace wop::cli
