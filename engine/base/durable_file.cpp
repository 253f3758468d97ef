#include "base/durable_file.h"

#include <cerrno>
#include <string>
#include <system_error>

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace wop::base {

namespace {

[[noreturn]] void fail(int error, const std::string& what) {
    throw std::system_error(error, std::generic_category(), what);
}

}  // namespace

void writeFileDurably(const std::filesystem::path& path, std::string_view bytes, Readers readers) {
    const int fd = ::open(path.c_str(), O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, readers == Readers::Owner ? 0600 : 0644);
    if (fd < 0) fail(errno, "cannot write " + path.string());
    std::size_t written = 0;
    int error = 0;
    while (written < bytes.size() && !error) {
        const ssize_t n = ::write(fd, bytes.data() + written, bytes.size() - written);
        if (n > 0) written += static_cast<std::size_t>(n);
        else if (n == 0) error = EIO;
        else if (errno != EINTR) error = errno;
    }
    // Some file systems report a full disk only when the data reaches it.
    if (!error && ::fsync(fd) != 0) error = errno;
    if (::close(fd) != 0 && !error) error = errno;
    if (error) {
        ::unlink(path.c_str());
        fail(error, "cannot write " + path.string());
    }
}

void createFolders(const std::filesystem::path& folder, Readers readers) {
    if (folder.empty() || std::filesystem::is_directory(folder)) return;
    createFolders(folder.parent_path() == folder ? std::filesystem::path() : folder.parent_path(), readers);
    if (::mkdir(folder.c_str(), readers == Readers::Owner ? 0700 : 0755) != 0 && errno != EEXIST)
        fail(errno, "cannot create the folder " + folder.string());
}

void syncFolder(const std::filesystem::path& folder) {
    const int fd = ::open(folder.c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (fd < 0 || ::fsync(fd) != 0) {
        const int error = errno;
        if (fd >= 0) ::close(fd);
        fail(error, "cannot sync " + folder.string() + " to disk");
    }
    ::close(fd);
}

void writeFileAtomically(const std::filesystem::path& path, std::string_view bytes, Readers readers) {
    std::filesystem::path temporary = path;
    temporary += ".partial-" + std::to_string(::getpid());
    writeFileDurably(temporary, bytes, readers);
    if (::rename(temporary.c_str(), path.c_str()) != 0) {
        const int error = errno;
        ::unlink(temporary.c_str());
        fail(error, "cannot rename " + temporary.string() + " to " + path.string());
    }
    try {
        syncFolder(path.parent_path().empty() ? "." : path.parent_path());
    } catch (const std::system_error&) {
        ::unlink(path.c_str());  // its name might not outlive a power cut
        throw;
    }
}

}  // namespace wop::base
