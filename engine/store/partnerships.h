// The partnership files imported into the store, by partnership id: the
// JSON exactly as imported and its SHA-256, and the image files it names
// (an organisation's logo, seal), so that its documents show them wherever
// the store is read, without the files.
#pragma once

#include <map>
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
    std::map<std::string, std::string> images;  // bytes by file name, as `json` names them
};

class Partnerships {
public:
    explicit Partnerships(Database& database) : database_(database) {}

    std::optional<StoredPartnership> find(const std::string& id);
    // Ordered by id.
    std::vector<StoredPartnership> all();
    // Adds the partnership or replaces the one with its id, images and all;
    // in the caller's transaction.
    void put(const StoredPartnership& partnership);

private:
    // By partnership id, of one partnership or of all.
    std::map<std::string, std::map<std::string, std::string>> images(const std::optional<std::string>& id);

    Database& database_;
};

}  // namespace wop::store
