// The partnership files imported into the store, by partnership id: the
// JSON exactly as imported and its SHA-256.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "store/database.h"

namespace wop::store {

struct StoredPartnership {
    std::string id;
    std::string source;  // the file it was imported from
    std::string json;
    std::string sha256;  // of `json`
    std::string importedAt;
};

class Partnerships {
public:
    explicit Partnerships(Database& database) : database_(database) {}

    std::optional<StoredPartnership> find(const std::string& id);
    // Ordered by id.
    std::vector<StoredPartnership> all();
    // Adds the partnership or replaces the one with its id; in the caller's transaction.
    void put(const StoredPartnership& partnership);

private:
    Database& database_;
};

}  // namespace wop::store
