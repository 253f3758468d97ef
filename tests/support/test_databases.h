// Real databases for the store's tests: an SQLite file in a scratch folder,
// or a database on a PostgreSQL server of the tests' own. The same tests run
// against both (parameterized by Backend).
#pragma once

#include <filesystem>
#include <memory>
#include <optional>
#include <string>

#include "support.h"

namespace wop::test {

enum class Backend { SQLite, PostgreSQL };

// "SQLite", "PostgreSQL": for parameterized test names.
std::string backendName(Backend backend);

// A PostgreSQL server started for the test program: initdb into a scratch
// folder (as the postgres user when the tests run as root: PostgreSQL
// refuses root), trusting connections on 127.0.0.1 at a free port. The
// cluster initdb makes is kept in the temp folder and copied for later
// servers, since initdb is slow. Stopped when the program ends.
class PostgresServer {
public:
    // The program's server, started on first use; null when PostgreSQL is
    // not installed (no pg_ctl), with the reason in `why`. Throws
    // std::runtime_error when it is installed but does not start.
    static PostgresServer* shared(std::string& why);

    // A server of the caller's own, which it may stop and start again (the
    // database gone in the middle of a run); null when PostgreSQL is not
    // installed, with the reason in `why`.
    static std::unique_ptr<PostgresServer> own(std::string& why);

    ~PostgresServer();
    PostgresServer(const PostgresServer&) = delete;
    PostgresServer& operator=(const PostgresServer&) = delete;

    // A new empty database: "postgresql:host=127.0.0.1 port=P dbname=D user=wopdocs".
    std::string createDatabase();

    // Stops at once, as a crash or a power cut would (pg_ctl -m immediate):
    // connections break mid-conversation.
    void stop();
    // Starts again on the same port, with the same databases.
    void restart();

private:
    explicit PostgresServer(const std::filesystem::path& binDir);
    bool start(int port, std::string& failure);

    std::filesystem::path binDir_;
    std::string asServerUser_;  // "runuser -u postgres -- " when root
    ScratchDir folder_;
    int port_ = 0;
};

// A connection string to a new empty database of that kind (SQLite under
// `folder`); nothing when the kind is not available, with the reason in `why`.
std::optional<std::string> newDatabase(Backend backend, const std::filesystem::path& folder, std::string& why);

}  // namespace wop::test
