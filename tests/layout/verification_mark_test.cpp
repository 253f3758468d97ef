// A final document's verification mark: its code and QR code at the foot
// of its last page (layout/layout.h, VerificationMark).
#include <gtest/gtest.h>

#include <variant>

#include "layout_support.h"
#include "markup/parser.h"

namespace wop::test {
namespace {

using layout::RectItem;
using layout::VerificationMark;

const VerificationMark withPortal{"7KQ2M-XW4PD", "https://wops.example.org/verify",
                                  "https://wops.example.org/verify/7kq2m-xw4pd"};
const VerificationMark codeOnly{"7KQ2M-XW4PD", "", ""};

const std::string labels =
    R"(reference="PWON/WOP/2024/02" page-label="Page {page} of {pages}" code-label="Verification code {code}" )"
    R"(verify-label="Verify at {address} with the code {code}")";

layout::PageSet layOutFinal(const std::string& lang, const std::string& status, const VerificationMark* mark) {
    const std::string body = paragraph(lang == "ur" ? urdu() : english(), "body", 90);
    return layout::layoutDocument(
        markup::parse("<document lang=\"" + lang + "\" status=\"" + status + "\" " + labels + ">" + body + "</document>"),
        fonts(), {}, mark);
}

std::vector<const RectItem*> rectsOf(const layout::Page& page) {
    std::vector<const RectItem*> rects;
    for (const layout::Item& item : page.items)
        if (auto* rect = std::get_if<RectItem>(&item)) rects.push_back(rect);
    return rects;
}

bool footerSays(const layout::Page& page, const std::string& text) {
    for (const std::string& line : footerTexts(page))
        if (line.find(text) != std::string::npos) return true;
    return false;
}

TEST(VerificationMark, TheLastPageOfAFinalDocumentPrintsWhereToVerifyItAndItsQrCode) {
    const layout::PageSet pages = layOutFinal("en", "final", &withPortal);
    ASSERT_GE(pages.pages.size(), 2u) << "the mark goes on the last page only";
    const layout::Page& last = pages.pages.back();
    EXPECT_TRUE(footerSays(last, "Verify at https://wops.example.org/verify with the code 7KQ2M-XW4PD"));
    const auto rects = rectsOf(last);
    ASSERT_FALSE(rects.empty());
    for (const RectItem* rect : rects) {
        // At the end side, under the footer's rule, above the edge a printer cannot reach.
        EXPECT_GE(rect->x, contentRight - layout::style::verificationQrSide - tolerance);
        EXPECT_LE(rect->x + rect->width, contentRight + tolerance);
        EXPECT_GE(rect->y, layout::style::verificationQrBottom - tolerance);
        EXPECT_LE(rect->y + rect->height, layout::style::footerBaselineFromBottom + 14);
    }
    for (size_t i = 0; i + 1 < pages.pages.size(); ++i) {
        EXPECT_TRUE(rectsOf(pages.pages[i]).empty()) << "page " << i + 1;
        EXPECT_FALSE(footerSays(pages.pages[i], "7KQ2M-XW4PD")) << "page " << i + 1;
    }
}

TEST(VerificationMark, ThePageLabelMovesAsideForTheQrCode) {
    const layout::PageSet pages = layOutFinal("en", "final", &withPortal);
    const layout::Page& last = pages.pages.back();
    const layout::TextItem* label = nullptr;
    for (const layout::Item& item : last.items)
        if (auto* text = std::get_if<layout::TextItem>(&item); text && isFooter(item) && text->run.logicalText().find("Page") == 0)
            label = text;
    ASSERT_TRUE(label);
    EXPECT_LE(boxOf(*label).right, contentRight - layout::style::verificationQrSide);
}

TEST(VerificationMark, WithoutThePortalsAddressTheCodeAlone) {
    const layout::PageSet pages = layOutFinal("en", "final", &codeOnly);
    const layout::Page& last = pages.pages.back();
    EXPECT_TRUE(footerSays(last, "Verification code 7KQ2M-XW4PD"));
    EXPECT_TRUE(rectsOf(last).empty());
}

TEST(VerificationMark, ADraftPrintsNone) {
    const layout::PageSet pages = layOutFinal("en", "draft", &withPortal);
    const layout::Page& last = pages.pages.back();
    EXPECT_FALSE(footerSays(last, "7KQ2M-XW4PD"));
    EXPECT_TRUE(rectsOf(last).empty());
}

TEST(VerificationMark, InUrduTheQrCodeIsAtTheLeftAndTheLineStartsAtTheRight) {
    const layout::PageSet pages = layOutFinal("ur", "final", &withPortal);
    const layout::Page& last = pages.pages.back();
    const auto rects = rectsOf(last);
    ASSERT_FALSE(rects.empty());
    for (const RectItem* rect : rects) EXPECT_LE(rect->x + rect->width, contentLeft + layout::style::verificationQrSide + tolerance);
    float right = 0;
    for (const layout::Item& item : last.items)
        if (auto* text = std::get_if<layout::TextItem>(&item); text && text->y < layout::style::footerBaselineFromBottom)
            right = std::max(right, boxOf(*text).right);
    EXPECT_NEAR(right, contentRight, 1.5f) << "the verification line, under the reference, at the start (right) side";
}

}  // namespace
}  // namespace wop::test
