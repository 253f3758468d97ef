// What layout gives the pdf stage: pages of positioned items in PDF
// coordinates (points, origin at the bottom left), plus bookmarks and
// metadata. This is the whole interface between layout and libharu.
#pragma once

#include <cstdint>
#include <string>
#include <type_traits>
#include <variant>
#include <vector>

#include "base/image.h"
#include "text/paragraph.h"

namespace wop::layout {

struct Color {
    float r = 0;
    float g = 0;
    float b = 0;
};

// The document's logical structure, which the PDF carries as its structure
// tree (tagged PDF): what screen readers follow, in reading order. Layout
// numbers the elements as it sets the blocks (PageSet::structure), and each
// item names the element it shows; the pdf stage adds nothing but spans for
// runs in another language than their element's.
enum class ElementKind : std::uint8_t {
    Document,
    Heading1,
    Heading2,
    Heading3,
    Paragraph,
    List,
    ListItem,
    ListLabel,  // a bullet or number
    ListBody,
    Table,
    TableRow,
    TableHeaderCell,
    TableCell,
};

struct StructureElement {
    ElementKind kind = ElementKind::Paragraph;
    int parent = -1;  // index in PageSet::structure; -1 for the document
};

// An item that is no part of the content: a rule, a fill, a running footer,
// a table header repeated on a new page. Readers skip it.
inline constexpr int artifact = -1;

struct TextItem {
    text::GlyphRun run;
    float x = 0;  // the run's origin: left end of its line, on the baseline
    float y = 0;
    float angle = 0;  // degrees, counter-clockwise
    Color color;
    float opacity = 1;
    int element = artifact;  // index in PageSet::structure
};

struct LineItem {
    float x1 = 0, y1 = 0, x2 = 0, y2 = 0;
    float width = 0.5f;
    Color color;
    int element = artifact;
};

struct RectItem {
    float x = 0, y = 0, width = 0, height = 0;  // (x, y) is the bottom left corner
    Color fill;
    int element = artifact;
};

// Where a signatory signs a final document: the pdf stage puts an empty
// signature field there, named after the signatory's role.
struct SignatureField {
    float x = 0, y = 0, width = 0, height = 0;  // (x, y) is the bottom left corner
    std::string name;
};

// An image of PageSet::images, drawn into the rectangle.
struct ImageItem {
    std::string sha256;
    float x = 0, y = 0, width = 0, height = 0;  // (x, y) is the bottom left corner
};

using Item = std::variant<TextItem, LineItem, RectItem, SignatureField, ImageItem>;

// The structure element `item` shows. Images (a logo, a seal) and signature
// fields are furniture. In C++17 terms: the pdf files that use qpdf are
// compiled as C++17 in the fuzz build (fuzz/CMakeLists.txt).
inline int elementOf(const Item& item) {
    return std::visit([](const auto& it) {
        using Shown = std::decay_t<decltype(it)>;
        if constexpr (std::is_same_v<Shown, SignatureField> || std::is_same_v<Shown, ImageItem>) return artifact;
        else return it.element;
    }, item);
}

struct Page {
    float width = 0;
    float height = 0;
    std::vector<Item> items;
};

struct Bookmark {
    std::string title;
    int level = 1;  // 0 for the document title, 1-3 for headings
    int page = 0;  // index into pages
    float y = 0;   // top of the heading, PDF coordinates
};

struct Metadata {
    std::string title;
    std::string subject;
    std::string author;
    std::string keywords;
    std::string date;  // ISO, the creation date
    std::string lang;
};

struct PageSet {
    Metadata metadata;
    std::vector<Page> pages;
    std::vector<Bookmark> bookmarks;
    // What was set otherwise than written: a character no font has, with the
    // text it stands in.
    std::vector<std::string> warnings;
    base::Images images;  // those the pages draw, each once however often drawn
    // Parents before their children, siblings in reading order; the first
    // is the document.
    std::vector<StructureElement> structure;
};

}  // namespace wop::layout
