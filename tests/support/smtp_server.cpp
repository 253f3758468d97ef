#include "smtp_server.h"

#include <algorithm>
#include <chrono>
#include <csignal>
#include <fstream>
#include <stdexcept>
#include <thread>

#include <Poco/JSON/Array.h>
#include <Poco/JSON/Object.h>
#include <Poco/JSON/Parser.h>
#include <arpa/inet.h>
#include <fcntl.h>
#include <netinet/in.h>
#include <spawn.h>
#include <sys/socket.h>
#include <sys/wait.h>
#include <unistd.h>

namespace wop::test {

namespace {

// Debian's interpreter, which has python3-aiosmtpd: not whichever python3 comes first on PATH.
const char* const python = "/usr/bin/python3";

std::vector<std::string> strings(const Poco::JSON::Array::Ptr& array) {
    std::vector<std::string> values;
    for (std::size_t i = 0; i < array->size(); ++i) values.push_back(array->getElement<std::string>(i));
    return values;
}

}  // namespace

SmtpServer::SmtpServer(SmtpServerOptions options)
    : options_(std::move(options)), folder_("smtp"), port_(freeLoopbackPort()) {
    if (!options_.user.empty() && !options_.requireStartTls)
        throw std::invalid_argument("an SMTP server with a login needs requireStartTls: aiosmtpd offers AUTH over TLS only");
    for (const char* sub : {"tmp", "new", "cur"}) std::filesystem::create_directories(folder_ / "maildir" / sub);
    std::filesystem::create_directories(folder_ / "raw");
    if (options_.requireStartTls) makeCertificate();
}

void SmtpServer::makeCertificate() const {
    // Valid long enough for any test run.
    const std::string& name = options_.certificateName;
    const bool address = name.find_first_not_of("0123456789.") == std::string::npos;
    const CommandResult made =
        run("openssl req -x509 -newkey ec -pkeyopt ec_paramgen_curve:prime256v1 -nodes -days 2 -subj " +
            shellQuote("/CN=" + name) + " -addext " + shellQuote("subjectAltName=" + std::string(address ? "IP:" : "DNS:") + name) +
            " -keyout " + shellQuote(keyFile().string()) + " -out " + shellQuote(certificateFile().string()));
    if (made.exitCode != 0) throw std::runtime_error("openssl cannot make the SMTP server's certificate:\n" + made.output);
}

SmtpServer::~SmtpServer() {
    stop();
}

void SmtpServer::start() {
    const std::string script = (sourceDir() / "tests" / "mail" / "smtp_server.py").string();
    std::vector<std::string> arguments = {python, script, std::to_string(port_), (folder_ / "maildir").string(),
                                          (folder_ / "connections").string(), (folder_ / "raw").string()};
    if (options_.requireStartTls)
        arguments.insert(arguments.end(), {"--tls-cert", certificateFile().string(), "--tls-key", keyFile().string()});
    if (!options_.user.empty())
        arguments.insert(arguments.end(), {"--user", options_.user, "--password", options_.password});
    std::vector<char*> argv;
    for (std::string& argument : arguments) argv.push_back(argument.data());
    argv.push_back(nullptr);
    const std::string log = (folder_ / "server.log").string();
    posix_spawn_file_actions_t files;
    posix_spawn_file_actions_init(&files);
    posix_spawn_file_actions_addopen(&files, STDOUT_FILENO, log.c_str(), O_WRONLY | O_CREAT | O_APPEND, 0644);
    posix_spawn_file_actions_adddup2(&files, STDOUT_FILENO, STDERR_FILENO);
    const int error = posix_spawn(&pid_, python, &files, nullptr, argv.data(), environ);
    posix_spawn_file_actions_destroy(&files);
    if (error != 0) throw std::runtime_error("cannot start aiosmtpd");
    for (int attempt = 0; attempt < 300; ++attempt) {  // 30 s at most
        if (test::acceptsConnections(port_)) {
            // The server logs that connection when it gets round to it.
            for (int wait = 0; wait < 500 && connections() == 0; ++wait)
                std::this_thread::sleep_for(std::chrono::milliseconds(10));
            if (connections() > 0) return;
            break;
        }
        int status = 0;
        if (waitpid(pid_, &status, WNOHANG) == pid_) {
            pid_ = -1;
            throw std::runtime_error("aiosmtpd stopped at once:\n" + readFile(log));
        }
        std::this_thread::sleep_for(std::chrono::milliseconds(100));
    }
    stop();
    throw std::runtime_error("aiosmtpd did not come up on 127.0.0.1:" + std::to_string(port_) + ":\n" +
                             readFile(log));
}

void SmtpServer::stop() {
    if (pid_ <= 0) return;
    ::kill(pid_, SIGTERM);
    int status = 0;
    waitpid(pid_, &status, 0);
    pid_ = -1;
}

int SmtpServer::connections() const {
    std::ifstream log(folder_ / "connections");
    int count = 0;
    for (std::string line; std::getline(log, line);) ++count;
    return count;
}

std::vector<ReceivedMessage> SmtpServer::messages() const {
    const std::string script = (sourceDir() / "tests" / "mail" / "read_maildir.py").string();
    const CommandResult read = run(std::string(python) + " " + shellQuote(script) + " " + shellQuote((folder_ / "maildir").string()));
    if (read.exitCode != 0) throw std::runtime_error("read_maildir.py failed:\n" + read.output);
    const auto array = Poco::JSON::Parser().parse(read.output).extract<Poco::JSON::Array::Ptr>();
    std::vector<ReceivedMessage> messages;
    for (std::size_t i = 0; i < array->size(); ++i) {
        const auto json = array->getObject(static_cast<unsigned>(i));
        ReceivedMessage m{strings(json->getArray("envelope_to")), json->getValue<std::string>("from"),
                          strings(json->getArray("to")), json->getValue<std::string>("subject"),
                          json->getValue<std::string>("message_id"), json->getValue<std::string>("content_type"),
                          json->getValue<std::string>("body"), {}};
        const auto attachments = json->getArray("attachments");
        for (std::size_t j = 0; j < attachments->size(); ++j) {
            const auto a = attachments->getObject(static_cast<unsigned>(j));
            m.attachments.push_back({a->getValue<std::string>("filename"), a->getValue<std::string>("content_type"),
                                     a->getValue<std::string>("sha256")});
        }
        messages.push_back(std::move(m));
    }
    return messages;
}

std::vector<std::string> SmtpServer::rawMessages() const {
    std::vector<std::filesystem::path> files;
    for (const auto& entry : std::filesystem::directory_iterator(folder_ / "raw")) files.push_back(entry.path());
    std::sort(files.begin(), files.end());
    std::vector<std::string> messages;
    for (const auto& file : files) messages.push_back(readFile(file));
    return messages;
}

}  // namespace wop::test
