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

// Where to end a page holding the slices [first, end) when the next does not
// fit: after the slice with the weakest keep, the latest of equals.
size_t cheapestBreak(const std::vector<Slice>& slices, size_t first, size_t end) {
    size_t after = end - 1;
    for (size_t i = end - 1; i-- > first;)
        if (slices[i].keepWithNext < slices[after].keepWithNext) after = i;
    return after + 1;
}

// A table's header rows repeated on a new page are furniture: a reader met
// them where the table began.
Slice asArtifact(Slice slice) {
    for (Item& item : slice.items)
        std::visit([](auto& it) {
            if constexpr (requires { it.element; }) it.element = artifact;
        }, item);
    return slice;
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

void Flow::continueWith(const Slice& first) {
    newPage();
    if (!first.repeatedHeader) return;
    for (const Slice& header : *first.repeatedHeader) place(asArtifact(header));
    if (first.height > remaining()) throw LayoutError("a table row is taller than a page under its repeated header");
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

size_t Flow::fittingEnd(const std::vector<Slice>& slices, size_t first) const {
    float needed = 0;
    bool empty = pageEmpty_;
    size_t end = first;
    for (; end < slices.size() && !slices[end].breakBefore; ++end) {
        needed += slices[end].height + (empty ? 0 : slices[end].spaceBefore);
        if (needed > remaining()) break;
        empty = false;
    }
    return end;
}

PageSet Flow::paginate(const std::vector<Slice>& slices, Metadata metadata) {
    const float fullPage = bottom_ - top_;
    size_t next = 0;
    while (next < slices.size()) {
        if (slices[next].breakBefore) {
            if (!pageEmpty_) newPage();
            ++next;
            continue;
        }
        if (slices[next].height > fullPage) throw LayoutError("a block is taller than a page and cannot be split");
        // The page is empty, or holds only the header rows `next` is sure to fit under.
        size_t end = fittingEnd(slices, next);
        if (end < slices.size() && !slices[end].breakBefore) end = cheapestBreak(slices, next, end);
        for (; next < end; ++next) place(slices[next]);
        if (next < slices.size() && !slices[next].breakBefore) continueWith(slices[next]);
    }
    return {std::move(metadata), std::move(pages_), std::move(bookmarks_), {}, {}, {}};  // warnings, images, structure: layoutDocument's
}

}  // namespace wop::layout
