// The store's schema, as ordered migrations. The `schema_version` table
// holds the version reached; opening a store applies every later migration,
// each in a transaction of its own, so a store made by an older wopdocs is
// brought up to date and one made by a newer wopdocs is refused.
#pragma once

#include <string_view>
#include <vector>

#include "store/database.h"

namespace wop::store {

struct Migration {
    int version;  // 1, 2, ... in order
    std::string_view description;
    std::vector<std::string_view> statements;  // SQL both SQLite and PostgreSQL take
};

class Migrations {
public:
    // The store's own schema.
    static Migrations schema();
    // Throws std::invalid_argument unless the versions are 1, 2, ... in order.
    explicit Migrations(std::vector<Migration> steps);

    int latestVersion() const;
    const std::vector<Migration>& steps() const { return steps_; }
    // The version the database has reached, 0 for a new one.
    static int currentVersion(Database& database);
    // Applies the migrations the database lacks and returns how many. When
    // two processes open a new store at once, one applies each migration and
    // the other sees it done. Throws StoreError when the database is newer.
    int apply(Database& database) const;

private:
    std::vector<Migration> steps_;
};

}  // namespace wop::store
