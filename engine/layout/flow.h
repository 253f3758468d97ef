// Pagination: blocks become slices (a line, a table row, a signature row),
// each of a known height with its items positioned relative to its own top;
// the flow stacks them on pages, breaking where the slices' keeps cost least.
#pragma once

#include <cstdint>
#include <memory>
#include <optional>
#include <vector>

#include "layout/page.h"

namespace wop::layout {

// How hard the flow avoids a page break after a slice (keeps.h sets them).
// Where every break that fits a page is kept, it breaks at the weakest keep,
// the latest of equals: a chain of keeps taller than a page still breaks.
enum class Keep : std::uint8_t {
    None,
    Lines,    // widows and orphans, short lists, a table's first and last two body rows
    Context,  // a heading with what follows, an intro with its list, a signature block with what precedes it
    Block,    // a table's header rows with its first row, the rows of a signature block, the letterhead
};

struct Slice {
    float height = 0;
    float spaceBefore = 0;  // dropped at the top of a page
    Keep keepWithNext = Keep::None;
    // Lines of body text it holds: a paragraph's or list item's line, a
    // table row's tallest cell; none in headings, signatures, spaces.
    int bodyLines = 0;
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

    // A document's slices on pages, made once per Flow. Throws LayoutError
    // when a slice cannot fit even on an empty page.
    PageSet paginate(const std::vector<Slice>& slices, Metadata metadata);

private:
    float pageWidth_;
    float pageHeight_;
    float top_;
    float bottom_;  // depth of the content area's bottom edge
    float cursor_;
    bool pageEmpty_ = true;
    std::vector<Page> pages_;
    std::vector<Bookmark> bookmarks_;

    float remaining() const;
    void newPage();
    // A new page for `first`, under its table's header rows if it has them.
    void continueWith(const Slice& first);
    void place(const Slice& slice);
    // One past the last of the slices from `first` that fit on this page.
    size_t fittingEnd(const std::vector<Slice>& slices, size_t first) const;
};

}  // namespace wop::layout
