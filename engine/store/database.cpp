#include "store/database.h"

#include <filesystem>
#include <mutex>
#include <regex>

#include <fcntl.h>
#include <unistd.h>

#include <Poco/Data/PostgreSQL/Connector.h>
#include <Poco/Data/SQLite/Connector.h>
#include <Poco/Exception.h>

#include "base/durable_file.h"
#include "store/store_error.h"

using namespace Poco::Data::Keywords;

namespace wop::store {

namespace {

void registerConnectors() {
    static std::once_flag once;
    std::call_once(once, [] {
        Poco::Data::SQLite::Connector::registerConnector();
        Poco::Data::PostgreSQL::Connector::registerConnector();
    });
}

}  // namespace

Database::Target Database::Target::parse(const std::string& connection) {
    registerConnectors();
    static const std::string sqlite = "sqlite:", postgresql = "postgresql:";
    if (connection.starts_with(sqlite)) {
        std::string path = connection.substr(sqlite.size());
        return {Kind::SQLite, "SQLite", path, "SQLite " + path};
    }
    if (connection.starts_with(postgresql)) {
        std::string keywords = connection.substr(postgresql.size());
        static const std::regex password(R"(password\s*=\s*('[^']*'|\S*))");
        return {Kind::PostgreSQL, "PostgreSQL", keywords,
                "PostgreSQL " + std::regex_replace(keywords, password, "password=***")};
    }
    throw StoreError("unknown database \"" + connection + "\": expected sqlite:PATH or postgresql:KEYWORD=VALUE ...");
}

Poco::Data::Session Database::Target::connect() const {
    if (kind == Kind::SQLite) {
        // A new database is its owner's alone (SQLite gives its journal the
        // same permissions); one there already keeps the permissions it has.
        const std::filesystem::path file(address);
        base::createFolders(file.parent_path(), base::Readers::Owner);
        const int fd = ::open(file.c_str(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0600);
        if (fd >= 0) ::close(fd);
    }
    Poco::Data::Session session(connector, address);
    prepare(session);
    return session;
}

void Database::Target::prepare(Poco::Data::Session& session) const {
    if (kind == Kind::SQLite) {
        // Another process (an import during a batch) waits for the lock
        // instead of failing at once.
        session << "PRAGMA busy_timeout = 30000", now;
        // References hold as in PostgreSQL: a signed copy only of a registered version.
        session << "PRAGMA foreign_keys = ON", now;
    } else {
        // Keeps PostgreSQL's notices ("relation exists, skipping") off the terminal.
        session << "SET client_min_messages TO WARNING", now;
    }
}

Database::Database(const std::string& connection) : Database(Target::parse(connection)) {}

Database::Database(const Target& target) try
    : kind_(target.kind),
      name_(target.name),
      sqliteFile_(target.kind == Kind::SQLite ? target.address : ""),
      session_(target.connect()) {
} catch (const Poco::Exception& e) {
    throw StoreError("cannot open the database (" + target.name + "): " + e.displayText());
} catch (const std::filesystem::filesystem_error& e) {
    throw StoreError("cannot open the database (" + target.name + "): " + e.what());
}

Database::Database(const Target& target, Poco::Data::Session session)
    : kind_(target.kind),
      name_(target.name),
      sqliteFile_(target.kind == Kind::SQLite ? target.address : ""),
      session_(std::move(session)) {}

std::string Database::describe(const Poco::Exception& error) const {
    if (!sqliteFile_.empty() && !std::filesystem::exists(sqliteFile_))
        return "the database file " + sqliteFile_ + " was removed or moved while in use (" + error.displayText() + ")";
    return error.displayText();
}

void Database::record(const std::function<std::string()>& what, const std::function<void()>& work) {
    try {
        transaction(work);
    } catch (const Poco::Exception& e) {
        throw StoreError("cannot record " + what() + " in the registry (" + name_ + "): " + describe(e));
    }
}

void Database::rollbackQuietly() {
    try {
        if (session_.isTransaction()) session_.rollback();
    } catch (const Poco::Exception&) {
        // The connection is gone: the database drops the transaction itself.
    }
}

}  // namespace wop::store
