#include "machine_copy.h"

#include <unistd.h>

namespace wop::test {

namespace {

// Mounts an empty folder over the build tree and the sources (in this
// order: the build tree may be inside them).
std::string hideSources(const std::string& root) {
    std::string script;
    for (const std::filesystem::path& folder : {buildDir(), sourceDir()})
        script += "mount -t tmpfs tmpfs " + shellQuote(root + folder.string()) + "\n";
    return script;
}

CommandResult inNamespace(const std::string& script) {
    return run("unshare --mount sh -ec " + shellQuote(script));
}

}  // namespace

bool canMakeMountNamespaces() {
    return ::geteuid() == 0 && run("unshare --mount true").exitCode == 0;
}

std::filesystem::path buildDir() { return WOPDOCS_BUILD_DIR; }

MachineCopy::MachineCopy(const std::filesystem::path& scratch) : scratch_(scratch) {
    for (const char* folder : {"upper", "work", "root"}) std::filesystem::create_directories(scratch_ / folder);
}

CommandResult MachineCopy::run(const std::string& script) const {
    const std::string root = (scratch_ / "root").string();
    return inNamespace("mount -t overlay overlay -o lowerdir=/,upperdir=" + (scratch_ / "upper").string() +
                       ",workdir=" + (scratch_ / "work").string() + " " + shellQuote(root) + "\n" +
                       "mount -t proc proc " + shellQuote(root + "/proc") + "\n" +
                       "mount --bind /dev " + shellQuote(root + "/dev") + "\n" + hideSources(root) +
                       "chroot " + shellQuote(root) + " sh -ec " + shellQuote(script));
}

CommandResult runWithoutSources(const std::string& script) { return inNamespace(hideSources("") + script); }

CommandResult runWithEtc(const std::filesystem::path& etc, const std::string& script) {
    const std::filesystem::path work = etc.string() + "-work";
    std::filesystem::create_directories(etc);
    std::filesystem::create_directories(work);
    return inNamespace("mount -t overlay overlay -o lowerdir=/etc,upperdir=" + etc.string() + ",workdir=" +
                       work.string() + " /etc\n" + script);
}

}  // namespace wop::test
