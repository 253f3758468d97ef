#pragma once

#include <filesystem>

namespace wop::store {

// One batch at a time in a data folder: a batch's recovery removes the
// temporary files another batch would be writing. The lock is a file lock
// (flock), so a process killed while holding it releases it.
class DataDirLock {
public:
    // Throws StoreError when another process holds the lock.
    explicit DataDirLock(const std::filesystem::path& dataDir);
    ~DataDirLock();
    DataDirLock(const DataDirLock&) = delete;
    DataDirLock& operator=(const DataDirLock&) = delete;

private:
    int fd_;
};

}  // namespace wop::store
