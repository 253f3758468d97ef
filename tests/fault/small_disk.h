// A folder on a small disk of its own that a test fills up. Writing past its
// free space fails with ENOSPC, as on a full disk, for every file on it, the
// database's included. Where the test program may mount, the disk is a tmpfs
// mounted in a mount namespace private to the program, so that the machine's
// mounts are untouched and the mount goes with the program, and the kernel
// itself refuses the writes. Where it may not (a container without
// CAP_SYS_ADMIN), or when asked to, the folder stays on the disk it is on
// and failing_calls.c, preloaded into the programs the test runs on it,
// refuses them.
#pragma once

#include <filesystem>
#include <optional>
#include <ostream>
#include <string>

namespace wop::fault {

class SmallDisk {
public:
    enum class Kind { Tmpfs, Preloaded };
    // How gtest names the kind in its messages and a test's name.
    friend std::string kindName(Kind kind) { return kind == Kind::Tmpfs ? "Tmpfs" : "Preloaded"; }
    friend void PrintTo(Kind kind, std::ostream* out) { *out << kindName(kind); }

    // A disk of `bytes` for `folder` (made if missing): of the kind asked
    // for, or preloaded when a tmpfs cannot be mounted.
    SmallDisk(const std::filesystem::path& folder, std::size_t bytes, Kind kind);
    ~SmallDisk();
    SmallDisk(const SmallDisk&) = delete;
    SmallDisk& operator=(const SmallDisk&) = delete;

    Kind kind() const { return kind_; }
    // What to put before a command that writes on the disk, so that it
    // meets the disk's limit: nothing on a tmpfs. A preloaded disk has no
    // limit until fillLeaving(), and its limit is each command's own.
    std::string before() const;
    // Takes all but `bytes` of the free space.
    void fillLeaving(std::size_t bytes);
    // Frees what fillLeaving() took, as an administrator makes room.
    void makeRoom();

private:
    std::filesystem::path filler() const { return folder_ / ".filler"; }

    std::filesystem::path folder_;
    Kind kind_;
    std::optional<std::size_t> preloadedFree_;  // after fillLeaving() on a preloaded disk
};

}  // namespace wop::fault
