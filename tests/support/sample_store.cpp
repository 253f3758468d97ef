#include "sample_store.h"

#include <stdexcept>

#include <fcntl.h>
#include <sys/file.h>
#include <unistd.h>

namespace wop::test {

namespace {

namespace fs = std::filesystem;

// The samples imported and made into PDFs by this build's wopdocs, once:
// kept in the temp folder under the program's size and time, since ctest
// runs each test in a process of its own and a batch takes a while. A lock
// keeps test programs running at once from making it together.
fs::path madeSamples() {
    const fs::path binary = wopdocsBinary();
    const auto stamp = fs::last_write_time(binary).time_since_epoch().count();
    const fs::path made = fs::temp_directory_path() / ("wopdocs-test-samples-" + std::to_string(::getuid()) + "-" +
                                                      std::to_string(fs::file_size(binary)) + "-" + std::to_string(stamp));
    const fs::path lockPath = made.string() + ".lock";
    const int lock = ::open(lockPath.c_str(), O_RDWR | O_CREAT | O_CLOEXEC, 0644);
    if (lock < 0 || ::flock(lock, LOCK_EX) != 0) throw std::runtime_error("cannot lock " + lockPath.string());
    try {
        if (!fs::exists(made / "data" / "wopdocs.sqlite")) {
            const ScratchDir partial("samples");
            const std::string dataOption = " --data-dir " + shellQuote((partial / "data").string());
            for (const std::string& arguments : {"import " + shellQuote((sourceDir() / "samples").string()),
                                                 std::string("batch --jobs 2")}) {
                const std::string line = shellQuote(binary.string()) + " " + arguments + dataOption;
                const CommandResult result = run(line);
                if (result.exitCode != 0)
                    throw std::runtime_error("making the sample store failed:\n" + line + "\n" + result.output);
            }
            fs::remove_all(made);
            fs::create_directories(made);
            fs::copy(partial / "data", made / "data", fs::copy_options::recursive);
        }
    } catch (...) {
        ::close(lock);
        throw;
    }
    ::close(lock);
    return made / "data";
}

}  // namespace

SampleStore::SampleStore() : folder_("store"), dataDir_(folder_ / "data") {
    fs::copy(madeSamples(), dataDir_, fs::copy_options::recursive);
}

}  // namespace wop::test
