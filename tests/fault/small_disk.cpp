#include "small_disk.h"

#include <cerrno>
#include <cstring>
#include <fstream>
#include <iostream>
#include <stdexcept>
#include <vector>

#include <sched.h>
#include <sys/mount.h>
#include <sys/statvfs.h>

#include "fault_fixture.h"

namespace wop::fault {

namespace fs = std::filesystem;

namespace {

// Once per test program: a mount namespace of its own, whose mounts do not
// propagate back to the machine's.
bool privateMountNamespace(std::string& why) {
    static const std::string failure = [] {
        if (::unshare(CLONE_NEWNS) != 0) return std::string("unshare(CLONE_NEWNS): ") + std::strerror(errno);
        if (::mount(nullptr, "/", nullptr, MS_REC | MS_PRIVATE, nullptr) != 0)
            return std::string("making / private: ") + std::strerror(errno);
        return std::string();
    }();
    why = failure;
    return failure.empty();
}

bool mountTmpfs(const fs::path& folder, std::size_t bytes, std::string& why) {
    if (!privateMountNamespace(why)) return false;
    const std::string options = "size=" + std::to_string(bytes);
    if (::mount("tmpfs", folder.c_str(), "tmpfs", 0, options.c_str()) == 0) return true;
    why = "mounting a tmpfs on " + folder.string() + ": " + std::strerror(errno);
    return false;
}

}  // namespace

SmallDisk::SmallDisk(const fs::path& folder, std::size_t bytes, Kind kind) : folder_(folder), kind_(kind) {
    fs::create_directories(folder_);
    std::string why;
    if (kind_ == Kind::Tmpfs && !mountTmpfs(folder_, bytes, why)) {
        std::cout << "no tmpfs (" << why << "): the disk's writes fail through failing_calls.c instead\n";
        kind_ = Kind::Preloaded;
    }
}

SmallDisk::~SmallDisk() {
    if (kind_ == Kind::Tmpfs) ::umount2(folder_.c_str(), MNT_DETACH);
}

std::string SmallDisk::before() const {
    if (!preloadedFree_) return "";
    return withFailingCalls("WOPDOCS_FULL_DISK", std::to_string(*preloadedFree_) + ":" + folder_.string());
}

void SmallDisk::fillLeaving(std::size_t bytes) {
    if (kind_ == Kind::Preloaded) {
        preloadedFree_ = bytes;
        return;
    }
    struct statvfs disk {};
    if (::statvfs(folder_.c_str(), &disk) != 0) throw std::runtime_error("statvfs " + folder_.string());
    const std::size_t available = disk.f_bavail * disk.f_frsize;
    if (available <= bytes) throw std::runtime_error(folder_.string() + " has less free space than it is to leave");
    std::ofstream out(filler(), std::ios::binary | std::ios::app);
    const std::vector<char> block(available - bytes, 'x');
    out.write(block.data(), static_cast<std::streamsize>(block.size()));
    out.close();
    if (!out) throw std::runtime_error("cannot fill " + folder_.string());
}

void SmallDisk::makeRoom() {
    preloadedFree_.reset();
    fs::remove(filler());
}

}  // namespace wop::fault
