#include "store/store.h"

#include "store/migrations.h"
#include "store/store_error.h"

namespace wop::store {

std::string StoreLocation::connection() const {
    return database.empty() ? "sqlite:" + (dataDir / "wopdocs.sqlite").string() : database;
}

namespace {

std::filesystem::path createdFolder(const std::filesystem::path& folder) {
    std::error_code error;
    std::filesystem::create_directories(folder, error);
    if (error) throw StoreError("cannot create the data folder " + folder.string() + ": " + error.message());
    return folder;
}

}  // namespace

Store::Store(const StoreLocation& location)
    : dataDir_(createdFolder(location.dataDir)), database_(location.connection()) {
    Migrations::schema().apply(database_);
}

}  // namespace wop::store
