// Files that reach the disk whole or not at all.
#include <gtest/gtest.h>

#include <algorithm>
#include <string>
#include <system_error>
#include <vector>

#include "base/durable_file.h"
#include "support.h"

namespace wop::base {
namespace {

namespace fs = std::filesystem;

// The names in a folder, to see that nothing was left beside a file.
std::vector<std::string> namesIn(const fs::path& folder) {
    std::vector<std::string> names;
    for (const auto& entry : fs::directory_iterator(folder)) names.push_back(entry.path().filename().string());
    std::sort(names.begin(), names.end());
    return names;
}

// The message of the std::system_error `write` throws; empty when it throws none.
template <typename Write>
std::string failureOf(Write write) {
    try {
        write();
    } catch (const std::system_error& e) {
        return e.what();
    }
    return "";
}

TEST(WriteFileDurably, WritesTheBytesOverWhatWasThere) {
    const test::ScratchDir dir("durable");
    test::writeFile(dir / "a.txt", "an older and longer text");
    writeFileDurably(dir / "a.txt", "new");
    EXPECT_EQ(test::readFile(dir / "a.txt"), "new");
}

TEST(WriteFileDurably, NamesTheFileAndTheReasonWhenItCannot) {
    const test::ScratchDir dir("durable");
    const fs::path target = dir / "missing-folder" / "a.txt";
    const std::string failure = failureOf([&] { writeFileDurably(target, "x"); });
    EXPECT_NE(failure.find("cannot write " + target.string()), std::string::npos) << failure;
    EXPECT_NE(failure.find("No such file or directory"), std::string::npos) << failure;
}

TEST(SyncFolder, SyncsAFolderAndNamesOneItCannot) {
    const test::ScratchDir dir("durable");
    EXPECT_NO_THROW(syncFolder(dir.path()));
    const std::string failure = failureOf([&] { syncFolder(dir / "missing"); });
    EXPECT_NE(failure.find("cannot sync " + (dir / "missing").string() + " to disk"), std::string::npos) << failure;
}

TEST(WriteFileAtomically, CreatesTheFileAndLeavesNothingBesideIt) {
    const test::ScratchDir dir("atomic");
    writeFileAtomically(dir / "a.pdf", "%PDF whole\n%%EOF\n");
    EXPECT_EQ(test::readFile(dir / "a.pdf"), "%PDF whole\n%%EOF\n");
    EXPECT_EQ(namesIn(dir.path()), std::vector<std::string>{"a.pdf"});
}

TEST(WriteFileAtomically, ReplacesAFileWhole) {
    const test::ScratchDir dir("atomic");
    test::writeFile(dir / "a.pdf", "old");
    writeFileAtomically(dir / "a.pdf", "new");
    EXPECT_EQ(test::readFile(dir / "a.pdf"), "new");
    EXPECT_EQ(namesIn(dir.path()), std::vector<std::string>{"a.pdf"});
}

TEST(WriteFileAtomically, AFailedRenameLeavesNoTemporaryFile) {
    const test::ScratchDir dir("atomic");
    fs::create_directories(dir / "a.pdf" / "in-the-way");  // a folder that is not empty cannot be replaced by a file
    const std::string failure = failureOf([&] { writeFileAtomically(dir / "a.pdf", "new"); });
    EXPECT_NE(failure.find("cannot rename"), std::string::npos) << failure;
    EXPECT_NE(failure.find((dir / "a.pdf").string()), std::string::npos) << failure;
    EXPECT_EQ(namesIn(dir.path()), std::vector<std::string>{"a.pdf"});
    EXPECT_TRUE(fs::is_directory(dir / "a.pdf"));
}

TEST(WriteFileAtomically, AFolderThatCannotBeWrittenLeavesNothing) {
    const test::ScratchDir dir("atomic");
    const fs::path target = dir / "missing-folder" / "a.pdf";
    const std::string failure = failureOf([&] { writeFileAtomically(target, "x"); });
    EXPECT_NE(failure.find("cannot write " + target.string()), std::string::npos) << failure;
    EXPECT_TRUE(namesIn(dir.path()).empty());
}

}  // namespace
}  // namespace wop::base
