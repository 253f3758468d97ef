#include <gtest/gtest.h>

#include <map>

#include "base/sha256.h"
#include "support.h"

namespace wop::base {
namespace {

namespace fs = std::filesystem;

TEST(Sha256, OfBytes) {
    EXPECT_EQ(sha256("abc"), "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
    EXPECT_EQ(sha256(""), "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
}

TEST(Sha256, OfPrefixesIsOfEachPrefixAlone) {
    const std::string bytes = "%PDF-1.7 ... %%EOF\nan update\n%%EOF\n";
    const std::vector<std::size_t> lengths = {0, 3, 19, bytes.size()};
    const std::vector<std::string> digests = sha256OfPrefixes(bytes, lengths);
    ASSERT_EQ(digests.size(), lengths.size());
    for (std::size_t i = 0; i < lengths.size(); ++i) EXPECT_EQ(digests[i], sha256(bytes.substr(0, lengths[i]))) << lengths[i];
    const std::vector<std::size_t> shrinking = {5, 3};
    EXPECT_THROW(sha256OfPrefixes(bytes, shrinking), std::invalid_argument);
}

TEST(Sha256, OfAFileIsOfItsBytes) {
    test::ScratchDir dir("sha");
    test::writeFile(dir / "a", "abc");
    EXPECT_EQ(sha256OfFile(dir / "a"), sha256("abc"));
    EXPECT_THROW(sha256OfFile(dir / "missing"), std::runtime_error);
}

TEST(Sha256, OfFilesChangesWithAnyOfThem) {
    std::map<fs::path, std::string> files = {{"letter.mustache", "{{> head}}"}, {"partials/head.mustache", "<h>"}};
    const std::string original = sha256OfFiles(files);

    files["partials/head.mustache"] = "<h >";
    EXPECT_NE(sha256OfFiles(files), original) << "a partial edited";
    files["partials/head.mustache"] = "<h>";
    EXPECT_EQ(sha256OfFiles(files), original) << "the same files again";

    files.erase("partials/head.mustache");
    files["partials/top.mustache"] = "<h>";
    EXPECT_NE(sha256OfFiles(files), original) << "a partial renamed";
    files.erase("partials/top.mustache");
    files["partials/head.mustache"] = "<h>";

    files["new.mustache"] = "";
    EXPECT_NE(sha256OfFiles(files), original) << "an empty file added";
    files.erase("new.mustache");

    // Lengths come first: moving bytes from one file to the next is seen.
    EXPECT_NE(sha256OfFiles({{"a", "xy"}, {"b", "z"}}), sha256OfFiles({{"a", "x"}, {"b", "yz"}}));
}

}  // namespace
}  // namespace wop::base
