// Connections to one database for threads that each need one for a moment,
// the portal's request threads, through Poco::Data::SessionPool: each opened
// once and set up as a Database sets up its own, lent to one thread at a
// time and kept open for the next. Thread-safe.
#pragma once

#include <memory>
#include <string>

#include "store/database.h"

namespace wop::store {

class DatabasePool {
public:
    // Up to `size` connections at once to `connection` (as Database takes it).
    DatabasePool(const std::string& connection, int size);
    ~DatabasePool();
    DatabasePool(const DatabasePool&) = delete;
    DatabasePool& operator=(const DatabasePool&) = delete;

    // A connection the caller has alone until the Database is destroyed,
    // when it goes back to the pool. Throws StoreError when the database
    // cannot be reached, or when `size` connections are lent already.
    Database get();
    Database::Kind kind() const { return target_->kind; }

private:
    class Sessions;  // the SessionPool, its new connections prepared

    std::unique_ptr<Database::Target> target_;
    std::unique_ptr<Sessions> sessions_;
};

}  // namespace wop::store
