// Stage `store`: what a facilitator keeps over the years. A data folder
// holds the documents made (documents/, see document_files.h) and, unless a
// PostgreSQL database is named, the SQLite database (wopdocs.sqlite) with the
// partnerships imported, the registry of every PDF and what each says
// (docs/store.md).
#pragma once

#include <filesystem>
#include <string>

#include "store/database.h"
#include "store/document_checks.h"
#include "store/document_contents.h"
#include "store/partnerships.h"
#include "store/registry.h"
#include "store/signed_copies.h"

namespace wop::store {

struct StoreLocation {
    std::filesystem::path dataDir = "data";
    std::string database;  // "sqlite:PATH" or "postgresql:..."; empty for SQLite in the data folder

    std::string connection() const;
};

class Store {
public:
    // Opens the database, creating it and the data folder on first use, and
    // brings its schema up to date. Throws StoreError.
    explicit Store(const StoreLocation& location);
    // The store over a connection a DatabasePool lent, to a database whose
    // schema a Store opened before brought up to date.
    Store(const StoreLocation& location, Database database);

    const std::filesystem::path& dataDir() const { return dataDir_; }
    // What opens another connection to the same database (StoreLocation::connection()).
    const std::string& connection() const { return connection_; }
    Database& database() { return database_; }
    Partnerships partnerships() { return Partnerships(database_); }
    Registry registry() { return Registry(database_); }
    DocumentContents contents() { return DocumentContents(database_); }
    DocumentChecks checks() { return DocumentChecks(database_); }
    SignedCopies signedCopies() { return SignedCopies(database_, dataDir_); }

private:
    std::filesystem::path dataDir_;
    std::string connection_;
    Database database_;
};

}  // namespace wop::store
