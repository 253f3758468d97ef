// Images: a block aligned and kept whole, a letterhead's logo at the start
// side with the text beside it, a signature's seal in the room to sign at
// the end side; mirrored in right-to-left documents.
#include <gtest/gtest.h>

#include <memory>
#include <variant>

#include "layout_support.h"

namespace wop::layout {
namespace {

using test::Language;
using test::layOut;

// Images of which layout reads only the header: 400 x 200 and 200 x 200 pixels.
const std::string wideDigest(64, 'a');
const std::string squareDigest(64, 'b');

const base::Images& images() {
    static const base::Images all{
        {wideDigest, std::make_shared<const base::Image>(base::Image{"", {base::ImageFormat::Png, 400, 200}, wideDigest})},
        {squareDigest,
         std::make_shared<const base::Image>(base::Image{"", {base::ImageFormat::Jpeg, 200, 200}, squareDigest})},
    };
    return all;
}

std::string image(const std::string& digest, const std::string& attributes = "") {
    return "<image src=\"sha256:" + digest + "\" " + attributes + "/>";
}

std::vector<const ImageItem*> imagesOn(const Page& page) {
    std::vector<const ImageItem*> found;
    for (const Item& item : page.items)
        if (const auto* shown = std::get_if<ImageItem>(&item)) found.push_back(shown);
    return found;
}

ImageItem onlyImage(const Page& page) {
    const auto found = imagesOn(page);
    EXPECT_EQ(found.size(), 1u);
    return found.empty() ? ImageItem{} : *found.front();
}

class ImagesIn : public testing::TestWithParam<Language> {
protected:
    bool rightToLeft() const { return GetParam().name == "Urdu"; }
    PageSet layOutWithImages(const std::string& body, const std::string& more = "") const {
        return layOut(body, GetParam().attributes + " " + more, images());
    }
};

TEST_P(ImagesIn, ABlockTakesItsHeightFromItsWidthAndStandsAtTheStart) {
    const ImageItem shown = onlyImage(layOutWithImages(image(wideDigest, "width=\"100\"")).pages[0]);
    EXPECT_EQ(shown.sha256, wideDigest);
    EXPECT_FLOAT_EQ(shown.width, 100);
    EXPECT_FLOAT_EQ(shown.height, 50);
    EXPECT_NEAR(rightToLeft() ? shown.x + shown.width : shown.x, rightToLeft() ? test::contentRight : test::contentLeft,
                test::tolerance);
    EXPECT_NEAR(shown.y + shown.height, test::contentTop, test::tolerance) << "at the top of the content";
}

TEST_P(ImagesIn, ABlockAlignsToTheEndOrTheCentre) {
    const ImageItem end = onlyImage(layOutWithImages(image(wideDigest, "height=\"20mm\" align=\"end\"")).pages[0]);
    EXPECT_NEAR(end.height, 20 * 72 / 25.4f, test::tolerance);
    EXPECT_NEAR(end.width, 2 * end.height, test::tolerance);
    EXPECT_NEAR(rightToLeft() ? end.x : end.x + end.width, rightToLeft() ? test::contentLeft : test::contentRight,
                test::tolerance);
    const ImageItem centre = onlyImage(layOutWithImages(image(squareDigest, "width=\"50\" align=\"center\"")).pages[0]);
    EXPECT_NEAR(centre.x + centre.width / 2, (test::contentLeft + test::contentRight) / 2, test::tolerance);
}

TEST_P(ImagesIn, AnImageWithinBothSizesKeepsItsProportionsAndFitsThePage) {
    const ImageItem boxed = onlyImage(layOutWithImages(image(wideDigest, "width=\"300\" height=\"60\"")).pages[0]);
    EXPECT_FLOAT_EQ(boxed.width, 120);
    EXPECT_FLOAT_EQ(boxed.height, 60);
    const ImageItem natural = onlyImage(layOutWithImages(image(squareDigest)).pages[0]);
    EXPECT_FLOAT_EQ(natural.width, 96) << "150 pixels to the inch";
    const ImageItem huge = onlyImage(layOutWithImages(image(squareDigest, "width=\"1000\"")).pages[0]);
    EXPECT_NEAR(huge.width, test::contentWidth, test::tolerance);
}

TEST_P(ImagesIn, ABlockIsKeptWholeOnAPage) {
    for (float s : test::spacesNearThePageEnd()) {
        const PageSet pages = layOutWithImages(test::space(s) + image(wideDigest, "width=\"200\""));
        const auto& last = pages.pages.back();
        const ImageItem shown = onlyImage(last);
        EXPECT_GE(shown.y, test::contentBottom - test::tolerance) << "after a space of " << s;
        EXPECT_LE(shown.y + shown.height, test::contentTop + test::tolerance) << "after a space of " << s;
        if (pages.pages.size() == 2) {
            EXPECT_TRUE(imagesOn(pages.pages[0]).empty());
        }
    }
}

TEST_P(ImagesIn, ALetterheadShowsItsLogoAtTheStartWithTheTextBesideIt) {
    const Page page = layOutWithImages("<letterhead>" + image(wideDigest, "height=\"20mm\"") +
                                       "<org>Pakistan Water Operators Network</org><line>Islamabad</line></letterhead>"
                                       "<p>" + GetParam().line("Body") + "</p>")
                          .pages[0];
    const ImageItem logo = onlyImage(page);
    EXPECT_NEAR(logo.height, 20 * 72 / 25.4f, test::tolerance);
    EXPECT_NEAR(rightToLeft() ? logo.x + logo.width : logo.x, rightToLeft() ? test::contentRight : test::contentLeft,
                test::tolerance);
    EXPECT_NEAR(logo.y + logo.height, test::contentTop, test::tolerance);
    for (const char* text : {"Pakistan Water Operators Network", "Islamabad"}) {
        const TextItem* item = test::itemWith(page, text);
        ASSERT_TRUE(item) << text;
        const test::Box box = test::boxOf(*item);
        if (rightToLeft()) EXPECT_LT(box.right, logo.x) << text;
        else EXPECT_GT(box.left, logo.x + logo.width) << text;
        EXPECT_GT(box.bottom, logo.y) << text << " beside the logo, not under it";
    }
    const TextItem* body = test::itemWith(page, "Body");
    ASSERT_TRUE(body);
    EXPECT_LT(test::boxOf(*body).top, logo.y) << "the body under the logo";
}

TEST_P(ImagesIn, ASealStandsInTheRoomToSignAtTheEndSideOnTheLine) {
    const Page page = layOutWithImages(R"(<signatures><signature label="For PWON" name="Ali Raza" role="facilitator-chairman">)" +
                                       image(squareDigest) + R"(</signature><signature label="For WASA" name="Sara Khan"/>)"
                                       R"(</signatures>)",
                                       "status=\"final\"")
                          .pages[0];
    const ImageItem seal = onlyImage(page);
    const TextItem* label = test::itemWith(page, "For PWON");
    ASSERT_TRUE(label);
    const SignatureField* field = nullptr;
    for (const Item& item : page.items)
        if (const auto* f = std::get_if<SignatureField>(&item); f && f->name == "facilitator-chairman") field = f;
    ASSERT_TRUE(field) << "the seal leaves the signature field in place";
    EXPECT_LE(seal.height, style::signingHeight);
    EXPECT_LE(seal.width, field->width * style::sealShare + test::tolerance);
    EXPECT_GT(seal.y, field->y) << "above the line to sign on";
    EXPECT_LT(seal.y + seal.height, test::boxOf(*label).bottom) << "under the label";
    if (rightToLeft()) EXPECT_NEAR(seal.x, field->x, test::tolerance);
    else EXPECT_NEAR(seal.x + seal.width, field->x + field->width, test::tolerance);
}

TEST_P(ImagesIn, ASealedSignatureBlockStillTakesTwoLinesWithIt) {
    const std::string sealed = R"(<signatures><signature label="For the mentee" name="Ali Raza">)" + image(squareDigest) +
                               "</signature></signatures>";
    for (float s : test::spacesNearThePageEnd())
        test::expectOnOnePage(layOutWithImages(test::space(s) + test::paragraph(GetParam(), "Line", 6) + sealed),
                              {test::marker("Line", 5), test::marker("Line", 6), "For the mentee"}, s);
}

INSTANTIATE_TEST_SUITE_P(BothDirections, ImagesIn, testing::Values(test::english(), test::urdu()),
                         [](const auto& info) { return info.param.name; });

TEST(Images, EachImageDrawnIsInThePageSetOnceAndOnlyThose) {
    const PageSet pages = layOut(image(wideDigest) + "<pagebreak/>" + image(wideDigest), "", images());
    ASSERT_EQ(pages.pages.size(), 2u);
    ASSERT_EQ(pages.images.size(), 1u);
    EXPECT_EQ(pages.images.begin()->first, wideDigest);
    EXPECT_EQ(pages.images.begin()->second, images().at(wideDigest));
}

TEST(Images, AnImageNotGivenIsAnError) {
    EXPECT_THROW(layOut(image(std::string(64, 'c'))), LayoutError);
}

}  // namespace
}  // namespace wop::layout
