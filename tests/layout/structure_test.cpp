// The document's logical structure that layout hands to the pdf stage: an
// element for every block, tables and lists in their parts, parents before
// children in reading order, every piece of content naming its element and
// page furniture naming none.
#include <gtest/gtest.h>

#include "layout_support.h"

namespace wop::layout {
namespace {

using test::layOut;

std::vector<ElementKind> kinds(const PageSet& pages) {
    std::vector<ElementKind> out;
    for (const StructureElement& e : pages.structure) out.push_back(e.kind);
    return out;
}

// The element holding the body text `text` on the first page.
const StructureElement& elementOf(const PageSet& pages, const std::string& text) {
    const TextItem* item = test::itemWith(pages.pages.front(), text);
    EXPECT_NE(item, nullptr) << text;
    EXPECT_GE(item ? item->element : -1, 0) << text;
    return pages.structure.at(static_cast<size_t>(item ? item->element : 0));
}

TEST(Structure, EveryBlockIsAnElementInReadingOrder) {
    const PageSet pages = layOut(R"(<h1>Title</h1><p>Body text.</p><h2>Part</h2>
        <ul><li>First point</li><li>Second point</li></ul>
        <table><tr header="yes"><td>Name</td><td>Role</td></tr><tr><td>Amina</td><td>Engineer</td></tr></table>)");
    using K = ElementKind;
    EXPECT_EQ(kinds(pages), (std::vector<ElementKind>{K::Document, K::Heading1, K::Paragraph, K::Heading2, K::List,
                                                      K::ListItem, K::ListLabel, K::ListBody, K::ListItem,
                                                      K::ListLabel, K::ListBody, K::Table, K::TableRow,
                                                      K::TableHeaderCell, K::TableHeaderCell, K::TableRow,
                                                      K::TableCell, K::TableCell}));
    for (size_t i = 1; i < pages.structure.size(); ++i) {
        EXPECT_GE(pages.structure[i].parent, 0) << i;
        EXPECT_LT(pages.structure[i].parent, static_cast<int>(i)) << "parents come first: " << i;
    }
}

TEST(Structure, TextNamesTheElementItShows) {
    const PageSet pages = layOut(R"(<p>Body text.</p><ul><li>First point</li></ul>
        <table><tr><td>Amina</td><td>Engineer</td></tr></table>)");
    EXPECT_EQ(elementOf(pages, "Body text.").kind, ElementKind::Paragraph);
    const StructureElement& body = elementOf(pages, "First point");
    EXPECT_EQ(body.kind, ElementKind::ListBody);
    EXPECT_EQ(pages.structure.at(static_cast<size_t>(body.parent)).kind, ElementKind::ListItem);
    EXPECT_EQ(elementOf(pages, "\u2022").kind, ElementKind::ListLabel);
    const StructureElement& cell = elementOf(pages, "Engineer");
    EXPECT_EQ(cell.kind, ElementKind::TableCell);
    EXPECT_EQ(pages.structure.at(static_cast<size_t>(cell.parent)).kind, ElementKind::TableRow);
}

TEST(Structure, FurnitureIsNoPartOfIt) {
    const PageSet pages = layOut("<p>Body text.</p><hr/><table><tr><td>Amina</td></tr></table>",
                                 R"(reference="PWON/WOP/1" page-label="Page {page} of {pages}" watermark="DRAFT")");
    for (const Item& item : pages.pages.front().items) {
        const bool content = std::holds_alternative<TextItem>(item) && !test::isFooter(item) && !test::isWatermark(item);
        const int element = elementOf(item);
        if (content) {
            EXPECT_NE(element, artifact);
        } else {
            EXPECT_EQ(element, artifact);
        }
    }
}

TEST(Structure, HeaderRowsRepeatedOnANewPageAreFurniture) {
    std::string rows;
    for (int i = 0; i < 80; ++i) rows += "<tr><td>Row " + std::to_string(i) + "</td></tr>";
    const PageSet pages = layOut(R"(<table><tr header="yes"><td>Heading cell</td></tr>)" + rows + "</table>");
    ASSERT_GE(pages.pages.size(), 2u);
    EXPECT_NE(test::itemWith(pages.pages[0], "Heading cell")->element, artifact);
    const TextItem* repeated = test::itemWith(pages.pages[1], "Heading cell");
    ASSERT_NE(repeated, nullptr);
    EXPECT_EQ(repeated->element, artifact);
}

}  // namespace
}  // namespace wop::layout
