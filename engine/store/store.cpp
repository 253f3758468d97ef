#include "store/store.h"

#include "base/durable_file.h"
#include "store/migrations.h"
#include "store/store_error.h"

namespace wop::store {

std::string StoreLocation::connection() const {
    return database.empty() ? "sqlite:" + (dataDir / "wopdocs.sqlite").string() : database;
}

namespace {

// Its owner's alone: the database holds the portal's password hashes and
// sessions, the PDFs the partnerships' documents.
std::filesystem::path createdFolder(const std::filesystem::path& folder) {
    try {
        base::createFolders(folder, base::Readers::Owner);
    } catch (const std::system_error& e) {
        throw StoreError("cannot create the data folder " + folder.string() + ": " + e.code().message());
    }
    return folder;
}

bool holdsPdfs(const std::filesystem::path& folder) {
    std::error_code error;
    for (auto entry = std::filesystem::recursive_directory_iterator(folder, error);
         !error && entry != std::filesystem::recursive_directory_iterator(); entry.increment(error))
        if (entry->path().extension() == ".pdf") return true;
    return false;
}

// A data folder whose PDFs outlived its SQLite database (removed, moved,
// lost with a disk) gets no new empty one: the next batch would take each
// PDF for one nothing vouches for and delete it.
std::string existingOrFirstDatabase(const StoreLocation& location) {
    const std::string connection = location.connection();
    const std::string sqlite = "sqlite:";
    if (!connection.starts_with(sqlite)) return connection;
    const std::filesystem::path file = connection.substr(sqlite.size());
    const std::filesystem::path documents = location.dataDir / "documents";
    if (!std::filesystem::exists(file) && holdsPdfs(documents))
        throw StoreError("the database " + file.string() + " is missing, but " + documents.string() +
                         " holds documents registered in it: put the database back (from a backup), or use "
                         "another data folder");
    return connection;
}

}  // namespace

Store::Store(const StoreLocation& location)
    : dataDir_(createdFolder(location.dataDir)),
      connection_(existingOrFirstDatabase(location)),
      database_(connection_) {
    Migrations::schema().apply(database_);
}

Store::Store(const StoreLocation& location, Database database)
    : dataDir_(location.dataDir), connection_(location.connection()), database_(std::move(database)) {}

}  // namespace wop::store
