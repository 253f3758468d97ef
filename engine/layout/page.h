// What layout gives the pdf stage: pages of positioned items in PDF
// coordinates (points, origin at the bottom left), plus bookmarks and
// metadata. This is the whole interface between layout and libharu.
#pragma once

#include <string>
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

struct TextItem {
    text::GlyphRun run;
    float x = 0;  // the run's origin: left end of its line, on the baseline
    float y = 0;
    float angle = 0;  // degrees, counter-clockwise
    Color color;
    float opacity = 1;
};

struct LineItem {
    float x1 = 0, y1 = 0, x2 = 0, y2 = 0;
    float width = 0.5f;
    Color color;
};

struct RectItem {
    float x = 0, y = 0, width = 0, height = 0;  // (x, y) is the bottom left corner
    Color fill;
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
};

}  // namespace wop::layout
