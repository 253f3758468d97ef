// Pagination: blocks become slices (a line, a table row, a signature row),
// each of a known height with its items positioned relative to its own top;
// the flow stacks them on pages.
#pragma once

#include <memory>
#include <optional>
#include <vector>

#include "layout/page.h"

namespace wop::layout {

struct Slice {
    float height = 0;
    float spaceBefore = 0;  // dropped at the top of a page
    bool keepWithNext = false;
    // Items with y measured downwards from the slice's top (rectangles: to their bottom edge).
    std::vector<Item> items;
    std::optional<Bookmark> bookmark;  // page and y are filled in when placed
    // A table's header rows, repeated when this slice starts a new page.
    std::shared_ptr<const std::vector<Slice>> repeatedHeader;
    bool breakBefore = false;  // <pagebreak/>
};

class Flow {
public:
    Flow(float pageWidth, float pageHeight, float top, float bottom);

    // Throws LayoutError when a slice cannot fit even on an empty page.
    void add(std::vector<Slice> slices);
    PageSet finish(Metadata metadata);
    // Space left before the bottom of the content area on the current page.
    float remaining() const;

private:
    float pageWidth_;
    float pageHeight_;
    float top_;
    float bottom_;  // depth of the content area's bottom edge
    float cursor_;
    bool pageEmpty_ = true;
    std::vector<Page> pages_;
    std::vector<Bookmark> bookmarks_;

    void newPage();
    void place(const Slice& slice);
};

}  // namespace wop::layout
