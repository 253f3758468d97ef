// One connection to the store's database, SQLite or PostgreSQL, through
// Poco::Data. Both take the same SQL: `$1, $2, ...` placeholders (SQLite
// reads them as parameters named in order), TEXT and INTEGER columns,
// `INSERT ... ON CONFLICT`. A Database is not thread-safe: share one under a
// lock, open one per thread, or take one of a DatabasePool for a while.
#pragma once

#include <exception>
#include <functional>
#include <string>

#include <Poco/Data/Session.h>
#include <Poco/Exception.h>

namespace wop::store {

class Database {
public:
    enum class Kind { SQLite, PostgreSQL };

    // "sqlite:PATH" (the file is created, with its folder, on first use) or
    // "postgresql:KEYWORD=VALUE ..." in libpq's terms ("host=127.0.0.1
    // port=5432 dbname=wopdocs user=wopdocs"). Throws StoreError.
    explicit Database(const std::string& connection);

    Kind kind() const { return kind_; }
    // For messages: "SQLite data/wopdocs.sqlite", "PostgreSQL host=... dbname=..."
    // (a password is not shown).
    const std::string& name() const { return name_; }
    Poco::Data::Session& session() { return session_; }
    // What went wrong, for a message: Poco's text, and for an SQLite file
    // gone from its path, that it was removed or moved while in use (SQLite
    // itself says only "attempt to write a readonly database").
    std::string describe(const Poco::Exception& error) const;

    // Runs `work()` in a transaction: committed when it returns, rolled back
    // when it throws (the exception goes on).
    template <typename Work>
    void transaction(Work&& work) {
        session_.begin();
        try {
            work();
            session_.commit();
        } catch (...) {
            rollbackQuietly();
            throw;
        }
    }

    // As transaction(), for what goes into the registry's tables: when the
    // database fails, throws StoreError "cannot record <what()> in the
    // registry (<name>): <why>".
    void record(const std::function<std::string()>& what, const std::function<void()>& work);

private:
    friend class DatabasePool;
    // What a connection string names.
    struct Target {
        Kind kind;
        std::string connector;  // Poco's name for it
        std::string address;    // the rest of the connection string
        std::string name;

        static Target parse(const std::string& connection);
        Poco::Data::Session connect() const;
        // What every connection needs before its first statement.
        void prepare(Poco::Data::Session& session) const;
    };
    explicit Database(const Target& target);
    Database(const Target& target, Poco::Data::Session session);
    void rollbackQuietly();

    Kind kind_;
    std::string name_;
    std::string sqliteFile_;  // empty for PostgreSQL
    Poco::Data::Session session_;
};

}  // namespace wop::store
