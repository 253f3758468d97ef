#include "store/data_dir_lock.h"

#include <cerrno>
#include <cstring>

#include <fcntl.h>
#include <sys/file.h>
#include <unistd.h>

#include "store/store_error.h"

namespace wop::store {

DataDirLock::DataDirLock(const std::filesystem::path& dataDir) {
    const std::filesystem::path path = dataDir / "batch.lock";
    fd_ = ::open(path.c_str(), O_RDWR | O_CREAT | O_CLOEXEC, 0600);
    if (fd_ < 0) throw StoreError("cannot open " + path.string() + ": " + std::strerror(errno));
    if (::flock(fd_, LOCK_EX | LOCK_NB) != 0) {
        const int error = errno;
        ::close(fd_);
        if (error == EWOULDBLOCK)
            throw StoreError("another wopdocs batch is running in " + dataDir.string() + " (it holds " + path.string() + ")");
        throw StoreError("cannot lock " + path.string() + ": " + std::strerror(error));
    }
}

DataDirLock::~DataDirLock() {
    ::close(fd_);  // releases the lock
}

}  // namespace wop::store
