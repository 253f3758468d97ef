// What every page carries besides the body (footer, watermark), and what the
// document carries besides its pages (bookmarks, metadata).
#include <gtest/gtest.h>

#include <algorithm>

#include "layout_support.h"

namespace wop::layout {
namespace {

using test::layOut;
using test::contentLeft;
using test::contentRight;


bool contains(const std::vector<std::string>& texts, const std::string& text) {
    return std::find(texts.begin(), texts.end(), text) != texts.end();
}

class ThreePages : public testing::Test {
protected:
    PageSet pages = layOut("<p>one</p><pagebreak/><p>two</p><pagebreak/><p>three</p>",
                           R"(reference="PWON/WOP/2025/03/LOI" page-label="Page {page} of {pages}")");
};

TEST_F(ThreePages, EveryFooterCountsPagesOfTheWhole) {
    ASSERT_EQ(pages.pages.size(), 3u);
    for (size_t i = 0; i < 3; ++i) {
        auto texts = test::footerTexts(pages.pages[i]);
        EXPECT_TRUE(contains(texts, "Page " + std::to_string(i + 1) + " of 3")) << testing::PrintToString(texts);
    }
}

TEST_F(ThreePages, EveryFooterCarriesTheReference) {
    for (const Page& page : pages.pages)
        EXPECT_TRUE(contains(test::footerTexts(page), "PWON/WOP/2025/03/LOI"));
}

TEST_F(ThreePages, ReferenceIsAtTheLeftAndPageLabelAtTheRight) {
    for (const Item& item : pages.pages[0].items) {
        if (!test::isFooter(item) || !std::holds_alternative<TextItem>(item)) continue;
        const TextItem& text = std::get<TextItem>(item);
        if (text.run.logicalText() == "PWON/WOP/2025/03/LOI") EXPECT_NEAR(test::boxOf(text).left, contentLeft, 0.5);
        else EXPECT_NEAR(test::boxOf(text).right, contentRight, 0.5);
    }
}

TEST(Footer, ArabicDigitsInAnUrduDocument) {
    PageSet pages = layOut("<p>ایک</p><pagebreak/><p>دو</p>", R"(lang="ur" digits="arabext" page-label="{page}/{pages}")");
    ASSERT_EQ(pages.pages.size(), 2u);
    std::string all;
    for (const std::string& t : test::footerTexts(pages.pages[1])) all += t;
    EXPECT_NE(all.find("\u06F2"), std::string::npos) << all;  // ۲, this page
    EXPECT_EQ(all.find('2'), std::string::npos) << all;
}

TEST(Footer, UrduDocumentPutsTheReferenceOnTheRight) {
    PageSet pages = layOut("<p>ایک</p>", R"(lang="ur" reference="PWON/WOP/1" page-label="Page {page}")");
    for (const Item& item : pages.pages[0].items) {
        if (!test::isFooter(item) || !std::holds_alternative<TextItem>(item)) continue;
        const TextItem& text = std::get<TextItem>(item);
        if (text.run.logicalText().find("WOP") != std::string::npos) {
            EXPECT_GT(test::boxOf(text).left, test::pageWidth / 2);
        } else if (text.run.logicalText().find("Page") != std::string::npos) {
            EXPECT_LT(test::boxOf(text).right, test::pageWidth / 2);
        }
    }
}

TEST(Footer, NoneWithoutReferenceOrPageLabel) {
    PageSet pages = layOut("<p>one</p>");
    for (const Item& item : pages.pages[0].items) EXPECT_FALSE(test::isFooter(item));
}

TEST(Watermark, IsOnEveryPageDiagonallyAndFaint) {
    PageSet pages = layOut("<p>one</p><pagebreak/><p>two</p>", R"(watermark="DRAFT")");
    for (const Page& page : pages.pages) {
        auto marks = std::count_if(page.items.begin(), page.items.end(), test::isWatermark);
        ASSERT_EQ(marks, 1);
        const TextItem& mark = std::get<TextItem>(*std::find_if(page.items.begin(), page.items.end(), test::isWatermark));
        EXPECT_EQ(mark.run.logicalText(), "DRAFT");
        EXPECT_FLOAT_EQ(mark.angle, 45);
        EXPECT_LT(mark.opacity, 0.5f);
    }
}

TEST(Watermark, IsCentredOnThePage) {
    PageSet pages = layOut("<p>one</p>", R"(watermark="DRAFT")");
    const TextItem& mark = std::get<TextItem>(*std::find_if(pages.pages[0].items.begin(), pages.pages[0].items.end(),
                                                            test::isWatermark));
    text::TextLine line = text::setLine("DRAFT", {true, false, 96}, text::Direction::LeftToRight, test::fonts());
    // The middle of the text's box, along and across the 45 degree baseline.
    float along = line.width / 2, across = (line.ascent - line.descent) / 2;
    const float c = 0.70710678f;
    EXPECT_NEAR(mark.x + c * along - c * across, test::pageWidth / 2, 0.01);
    EXPECT_NEAR(mark.y + c * along + c * across, test::pageHeight / 2, 0.01);
}

TEST(Bookmarks, EveryHeadingIsOneWithItsLevelAndPage) {
    PageSet pages = layOut("<h1>Letter</h1><p>x</p><pagebreak/><h2>Scope</h2><p>y</p><h3>Detail</h3><p>z</p>"
                           "<pagebreak/><h2>Signatures</h2><p>w</p>");
    ASSERT_EQ(pages.bookmarks.size(), 4u);
    struct Expected {
        const char* title;
        int level;
        int page;
    } expected[] = {{"Letter", 1, 0}, {"Scope", 2, 1}, {"Detail", 3, 1}, {"Signatures", 2, 2}};
    for (size_t i = 0; i < 4; ++i) {
        EXPECT_EQ(pages.bookmarks[i].title, expected[i].title);
        EXPECT_EQ(pages.bookmarks[i].level, expected[i].level) << expected[i].title;
        EXPECT_EQ(pages.bookmarks[i].page, expected[i].page) << expected[i].title;
    }
}

TEST(Bookmarks, PointAtTheTopOfTheirHeading) {
    PageSet pages = layOut("<p>x</p><h2>Scope</h2><p>y</p>");
    ASSERT_EQ(pages.bookmarks.size(), 1u);
    const TextItem* heading = test::itemWith(pages.pages[0], "Scope");
    ASSERT_TRUE(heading);
    test::Box box = test::boxOf(*heading);
    EXPECT_GE(pages.bookmarks[0].y, box.top);
    EXPECT_LT(pages.bookmarks[0].y - box.top, 8);
}

TEST(Bookmarks, FollowAHeadingMovedToTheNextPage) {
    PageSet pages = layOut("<space pt=\"700\"/><h2>Scope</h2><p>y</p>");
    ASSERT_EQ(pages.bookmarks.size(), 1u);
    EXPECT_EQ(test::pageWith(pages, "Scope"), 1u);
    EXPECT_EQ(pages.bookmarks[0].page, 1);
}

TEST(Bookmarks, TitleIsPlainTextOfTheHeading) {
    PageSet pages = layOut("<h2>Scope <b>of</b><br/>work</h2>");
    ASSERT_EQ(pages.bookmarks.size(), 1u);
    EXPECT_EQ(pages.bookmarks[0].title, "Scope of work");
}

// docs/markup.md: the title is also the first bookmark.
TEST(Bookmarks, DocumentTitleIsTheFirstBookmark) {
    PageSet pages = layOut("<h1>Scope</h1>", R"(title="Letter of Intent")");
    ASSERT_FALSE(pages.bookmarks.empty());
    EXPECT_EQ(pages.bookmarks.front().title, "Letter of Intent");
    EXPECT_EQ(pages.bookmarks.front().page, 0);
}

TEST(Metadata, ComesFromTheDocument) {
    PageSet pages = layOut("<p>x</p>", R"(lang="ur" title="T" subject="S" author="A" keywords="K" date="2025-03-14")");
    EXPECT_EQ(pages.metadata.title, "T");
    EXPECT_EQ(pages.metadata.subject, "S");
    EXPECT_EQ(pages.metadata.author, "A");
    EXPECT_EQ(pages.metadata.keywords, "K");
    EXPECT_EQ(pages.metadata.date, "2025-03-14");
    EXPECT_EQ(pages.metadata.lang, "ur");
}

}  // namespace
}  // namespace wop::layout
