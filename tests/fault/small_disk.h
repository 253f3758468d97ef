// A folder on a small file system of its own that a test fills up: a tmpfs
// mounted in a mount namespace private to the test program, so that the
// machine's mounts are untouched and the mount goes with the program.
// Writing past its free space fails with ENOSPC, exactly as on a full disk,
// for every file on it, the database's included.
#pragma once

#include <filesystem>
#include <memory>
#include <string>

namespace wop::fault {

class SmallDisk {
public:
    // A tmpfs of `bytes` mounted on `folder` (made if missing); null when
    // the test program may not mount (a container without CAP_SYS_ADMIN),
    // with the reason in `why`.
    static std::unique_ptr<SmallDisk> mount(const std::filesystem::path& folder, std::size_t bytes, std::string& why);
    ~SmallDisk();
    SmallDisk(const SmallDisk&) = delete;
    SmallDisk& operator=(const SmallDisk&) = delete;

    // Takes all but `bytes` of the free space with a file of its own.
    void fillLeaving(std::size_t bytes);
    // Frees what fillLeaving() took, as an administrator makes room.
    void makeRoom();

private:
    explicit SmallDisk(std::filesystem::path folder) : folder_(std::move(folder)) {}
    std::filesystem::path filler() const { return folder_ / ".filler"; }

    std::filesystem::path folder_;
};

}  // namespace wop::fault
