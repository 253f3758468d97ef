#include "test_databases.h"

#include <atomic>
#include <cstdlib>
#include <stdexcept>

#include <fcntl.h>
#include <sys/file.h>
#include <unistd.h>

namespace wop::test {

namespace {

namespace fs = std::filesystem;

// pg_ctl's folder, which holds initdb and createdb too: from PATH, else
// Debian's /usr/lib/postgresql/<version>/bin (the newest).
std::optional<fs::path> findPostgres() {
    const CommandResult found = run("command -v pg_ctl");
    if (found.exitCode == 0) {
        std::error_code error;
        const fs::path binary = fs::canonical(found.output.substr(0, found.output.find('\n')), error);
        if (!error) return binary.parent_path();
    }
    std::optional<fs::path> newest;
    std::error_code error;
    for (const auto& version : fs::directory_iterator("/usr/lib/postgresql", error)) {
        const fs::path bin = version.path() / "bin";
        if (fs::exists(bin / "pg_ctl") && (!newest || bin > *newest)) newest = bin;
    }
    return newest;
}

void runOrThrow(const std::string& commandLine, const std::string& what) {
    const CommandResult result = run(commandLine);
    if (result.exitCode != 0) throw std::runtime_error(what + " failed:\n" + commandLine + "\n" + result.output);
}

// An initialized cluster to copy, made once per user and PostgreSQL version.
fs::path clusterTemplate(const fs::path& binDir, const std::string& asServerUser) {
    const fs::path cluster = fs::temp_directory_path() / ("wopdocs-test-postgres-" + std::to_string(::getuid()) + "-" +
                                                          binDir.parent_path().filename().string());
    const fs::path lockPath = cluster.string() + ".lock";
    const int lock = ::open(lockPath.c_str(), O_RDWR | O_CREAT | O_CLOEXEC, 0644);
    if (lock < 0 || ::flock(lock, LOCK_EX) != 0) throw std::runtime_error("cannot lock " + lockPath.string());
    try {
        if (!fs::exists(cluster / "PG_VERSION")) {
            const fs::path partial = cluster.string() + ".partial-" + std::to_string(::getpid());
            runOrThrow(asServerUser + shellQuote((binDir / "initdb").string()) + " -D " + shellQuote(partial.string()) +
                           " --auth=trust --username=wopdocs --encoding=UTF8 --locale=C --no-sync",
                       "initdb");
            fs::remove_all(cluster);
            fs::rename(partial, cluster);
        }
    } catch (...) {
        ::close(lock);
        throw;
    }
    ::close(lock);
    return cluster;
}

}  // namespace

std::string backendName(Backend backend) {
    return backend == Backend::SQLite ? "SQLite" : "PostgreSQL";
}

PostgresServer* PostgresServer::shared(std::string& why) {
    static std::unique_ptr<PostgresServer> server;
    static std::string reason;
    static bool tried = false;
    if (!tried) {
        tried = true;
        server = own(reason);
    }
    why = reason;
    return server.get();
}

std::unique_ptr<PostgresServer> PostgresServer::own(std::string& why) {
    const auto binDir = findPostgres();
    if (!binDir) {
        why = "PostgreSQL is not installed (no pg_ctl on PATH or in /usr/lib/postgresql)";
        return nullptr;
    }
    return std::unique_ptr<PostgresServer>(new PostgresServer(*binDir));
}

PostgresServer::PostgresServer(const fs::path& binDir)
    : binDir_(binDir),
      asServerUser_(::geteuid() == 0 ? "runuser -u postgres -- " : ""),
      folder_("postgres") {
    const fs::path cluster = folder_ / "cluster";
    runOrThrow("cp -a " + shellQuote(clusterTemplate(binDir_, asServerUser_).string()) + " " +
                   shellQuote(cluster.string()),
               "copying the PostgreSQL cluster");
    // Another test program may take the port between freeLoopbackPort() and the
    // server binding it: try again on another.
    std::string failures;
    for (int attempt = 0; attempt < 3 && !port_; ++attempt) {
        const int port = freeLoopbackPort();
        if (start(port, failures)) port_ = port;
    }
    if (!port_) throw std::runtime_error("PostgreSQL does not start:\n" + failures);
}

bool PostgresServer::start(int port, std::string& failure) {
    const fs::path cluster = folder_ / "cluster";
    const std::string options = "-c listen_addresses=127.0.0.1 -p " + std::to_string(port) +
                                " -c unix_socket_directories='' -c fsync=off -c full_page_writes=off";
    const CommandResult started =
        run(asServerUser_ + shellQuote((binDir_ / "pg_ctl").string()) + " -D " + shellQuote(cluster.string()) + " -l " +
            shellQuote((cluster / "server.log").string()) + " -w -t 60 -o " + shellQuote(options) + " start");
    if (started.exitCode == 0) return true;
    failure += started.output + readFile(cluster / "server.log");
    return false;
}

PostgresServer::~PostgresServer() {
    stop();
}

void PostgresServer::stop() {
    run(asServerUser_ + shellQuote((binDir_ / "pg_ctl").string()) + " -D " + shellQuote((folder_ / "cluster").string()) +
        " -m immediate stop");
}

void PostgresServer::restart() {
    std::string failure;
    if (!start(port_, failure)) throw std::runtime_error("PostgreSQL does not start again:\n" + failure);
}

std::string PostgresServer::createDatabase() {
    static std::atomic<int> counter{0};
    const std::string name = "wopdocs_test_" + std::to_string(::getpid()) + "_" + std::to_string(counter++);
    runOrThrow(shellQuote((binDir_ / "createdb").string()) + " -h 127.0.0.1 -p " + std::to_string(port_) +
                   " -U wopdocs " + name,
               "createdb");
    return "postgresql:host=127.0.0.1 port=" + std::to_string(port_) + " dbname=" + name + " user=wopdocs";
}

std::optional<std::string> newDatabase(Backend backend, const fs::path& folder, std::string& why) {
    if (backend == Backend::SQLite) return "sqlite:" + (folder / "wopdocs.sqlite").string();
    PostgresServer* server = PostgresServer::shared(why);
    if (!server) return std::nullopt;
    return server->createDatabase();
}

}  // namespace wop::test
