#include "layout/flow.h"

#include <string>

#include "layout/layout.h"

namespace wop::layout {
namespace {

// A runaway template or data (a table repeated without end) stops here with
// an error rather than filling the disk; real documents have a few dozen pages.
constexpr size_t maxPages = 500;

// From slice coordinates (y down from the slice's top) to PDF coordinates.
Item toPage(Item item, float pageHeight, float sliceTop) {
    std::visit(
        [&](auto& it) {
            using T = std::decay_t<decltype(it)>;
            if constexpr (std::is_same_v<T, LineItem>) {
                it.y1 = pageHeight - (sliceTop + it.y1);
                it.y2 = pageHeight - (sliceTop + it.y2);
            } else {
                it.y = pageHeight - (sliceTop + it.y);
            }
        },
        item);
    return item;
}

}  // namespace

Flow::Flow(float pageWidth, float pageHeight, float top, float bottom)
    : pageWidth_(pageWidth), pageHeight_(pageHeight), top_(top), bottom_(bottom), cursor_(top) {
    newPage();
}

float Flow::remaining() const { return bottom_ - cursor_; }

void Flow::newPage() {
    if (pages_.size() == maxPages)
        throw LayoutError("the document runs over " + std::to_string(maxPages) + " pages");
    pages_.push_back({pageWidth_, pageHeight_, {}});
    cursor_ = top_;
    pageEmpty_ = true;
}

void Flow::place(const Slice& slice) {
    if (!pageEmpty_) cursor_ += slice.spaceBefore;
    for (const Item& item : slice.items) pages_.back().items.push_back(toPage(item, pageHeight_, cursor_));
    if (slice.bookmark) {
        Bookmark b = *slice.bookmark;
        b.page = static_cast<int>(pages_.size()) - 1;
        b.y = pageHeight_ - cursor_;
        bookmarks_.push_back(b);
    }
    cursor_ += slice.height;
    pageEmpty_ = false;
}

void Flow::add(std::vector<Slice> slices) {
    const float fullPage = bottom_ - top_;
    for (size_t i = 0; i < slices.size(); ++i) {
        const Slice& slice = slices[i];
        if (slice.breakBefore) {
            if (!pageEmpty_) newPage();
            continue;
        }
        // A heading and the table header under it go with the first line
        // or row that follows them.
        float needed = slice.height + (pageEmpty_ ? 0 : slice.spaceBefore);
        for (size_t k = i; slices[k].keepWithNext && k + 1 < slices.size() && !slices[k + 1].breakBefore; ++k)
            needed += slices[k + 1].spaceBefore + slices[k + 1].height;
        if (slice.height > fullPage) throw LayoutError("a block is taller than a page and cannot be split");
        if (needed > remaining() && !pageEmpty_) {
            newPage();
            if (slice.repeatedHeader) {
                for (const Slice& header : *slice.repeatedHeader) place(header);
                if (slice.height > remaining())
                    throw LayoutError("a table row is taller than a page under its repeated header");
            }
        }
        place(slice);
    }
}

PageSet Flow::finish(Metadata metadata) {
    return {std::move(metadata), std::move(pages_), std::move(bookmarks_)};
}

}  // namespace wop::layout
