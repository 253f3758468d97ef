// A font file as the engine sees it.
#include <gtest/gtest.h>

#include <filesystem>

#include "support.h"
#include "text_support.h"

namespace wop::text {
namespace {

TEST(Font, PostScriptNameComesFromTheNameTableNotTheFileName) {
    test::ScratchDir dir("font-name");
    const auto copy = dir / "PWON Sans.ttf";
    std::filesystem::copy_file(test::font(FontRole::Bold).path(), copy);
    EXPECT_EQ(Font(copy).postscriptName(), "NotoSans-Bold");
}

}  // namespace
}  // namespace wop::text
