#include <gtest/gtest.h>

#include "store/sha256.h"
#include "support.h"

namespace wop::store {
namespace {

namespace fs = std::filesystem;

TEST(Sha256, OfBytes) {
    EXPECT_EQ(sha256("abc"), "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
    EXPECT_EQ(sha256(""), "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
}

TEST(Sha256, OfAFileIsOfItsBytes) {
    test::ScratchDir dir("sha");
    test::writeFile(dir / "a", "abc");
    EXPECT_EQ(sha256OfFile(dir / "a"), sha256("abc"));
    EXPECT_THROW(sha256OfFile(dir / "missing"), std::runtime_error);
}

TEST(Sha256, OfAFolderChangesWithAnyFileInIt) {
    test::ScratchDir dir("sha-folder");
    fs::create_directories(dir / "partials");
    test::writeFile(dir / "letter.mustache", "{{> head}}");
    test::writeFile(dir / "partials" / "head.mustache", "<h>");
    const std::string original = sha256OfFolder(dir.path());

    test::writeFile(dir / "partials" / "head.mustache", "<h >");
    EXPECT_NE(sha256OfFolder(dir.path()), original) << "a partial edited";
    test::writeFile(dir / "partials" / "head.mustache", "<h>");
    EXPECT_EQ(sha256OfFolder(dir.path()), original) << "the same files again";

    fs::rename(dir / "partials" / "head.mustache", dir / "partials" / "top.mustache");
    EXPECT_NE(sha256OfFolder(dir.path()), original) << "a partial renamed";
    fs::rename(dir / "partials" / "top.mustache", dir / "partials" / "head.mustache");

    test::writeFile(dir / "new.mustache", "");
    EXPECT_NE(sha256OfFolder(dir.path()), original) << "an empty file added";
}

}  // namespace
}  // namespace wop::store
