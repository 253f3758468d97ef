// <image>: a block of its own, a letterhead's logo, a signature's seal.
#include <gtest/gtest.h>

#include "markup/text_units.h"
#include "markup_support.h"

namespace wop::markup {
namespace {

using test::onlyBlock;
using test::parseBody;

const std::string digest = "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08";
const std::string src = "src=\"sha256:" + digest + "\"";

TEST(Image, ABlockReadsItsDigestSizeAndAlignment) {
    const Image image = onlyBlock<Image>(parseBody("<image " + src + R"( width="30mm" height="2cm" align="center"/>)"));
    EXPECT_EQ(image.sha256, digest);
    EXPECT_NEAR(image.width, 30 * 72 / 25.4, 1e-9);
    EXPECT_NEAR(image.height, 2 * 72 / 2.54, 1e-9);
    EXPECT_EQ(image.align, Align::Center);
}

TEST(Image, SizesAreOptionalAndPlainNumbersArePoints) {
    const Image bare = onlyBlock<Image>(parseBody("<image " + src + "/>"));
    EXPECT_EQ(bare.width, 0);
    EXPECT_EQ(bare.height, 0);
    EXPECT_EQ(bare.align, Align::Start);
    EXPECT_EQ(onlyBlock<Image>(parseBody("<image " + src + R"( width="40"/>)")).width, 40);
    EXPECT_EQ(onlyBlock<Image>(parseBody("<image " + src + R"( height="12.5pt"/>)")).height, 12.5);
}

TEST(Image, ALetterheadHoldsALogo) {
    const Letterhead letterhead = onlyBlock<Letterhead>(
        parseBody("<letterhead>\n<image " + src + R"( height="18mm"/><org>PWON</org><line>Islamabad</line></letterhead>)"));
    ASSERT_TRUE(letterhead.logo);
    EXPECT_EQ(letterhead.logo->sha256, digest);
    EXPECT_NEAR(letterhead.logo->height, 18 * 72 / 25.4, 1e-9);
    EXPECT_EQ(letterhead.organisation, "PWON");
    EXPECT_FALSE(onlyBlock<Letterhead>(parseBody("<letterhead><org>PWON</org></letterhead>")).logo);
}

TEST(Image, ASignatureHoldsASeal) {
    const Signatures signatures = onlyBlock<Signatures>(parseBody(
        R"(<signatures><signature label="For PWON" name="A" role="facilitator-chairman">)"
        "\n  <image " + src + R"(/>
</signature><signature label="For WASA" name="B"/></signatures>)"));
    ASSERT_EQ(signatures.items.size(), 2u);
    ASSERT_TRUE(signatures.items[0].seal);
    EXPECT_EQ(signatures.items[0].seal->sha256, digest);
    EXPECT_EQ(signatures.items[0].role, "facilitator-chairman");
    EXPECT_FALSE(signatures.items[1].seal);
}

TEST(Image, AReaderComparingVersionsSeesWhichImage) {
    const std::vector<TextUnit> units = textUnits(parseBody(
        "<letterhead><image " + src + "/><org>PWON</org></letterhead><h1>Letter</h1><image " + src +
        R"(/><signatures><signature label="For PWON"><image )" + src + "/></signature></signatures>"));
    ASSERT_EQ(units.size(), 4u);
    EXPECT_EQ(units[0].text, "PWON, logo image 9f86d081884c");
    EXPECT_EQ(units[2].text, "image 9f86d081884c");
    EXPECT_EQ(units[2].section, "Letter");
    EXPECT_EQ(units[3].text, "For PWON, seal image 9f86d081884c");
}

}  // namespace
}  // namespace wop::markup
