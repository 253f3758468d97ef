// The rules that say where a page may break, as keeps on slices (flow.h):
// the block builders set them within a block, documentSlices (blocks.h)
// between blocks. Rules add up: a slice keeps the strongest keep set on it.
#pragma once

#include <span>

#include "layout/flow.h"

namespace wop::layout {

// Raises the keep after `slice` to at least `keep`.
void keepAfter(Slice& slice, Keep keep);

// Every slice with the next but the last.
void keepTogether(std::span<Slice> slices, Keep keep);

// The lines of a paragraph or list item: a break among them leaves at least
// two at the foot of a page and carries at least two to the next (no
// orphans, no widows); two or three lines stay together.
void keepLines(std::span<Slice> lines);

// A table's body rows: at least two start it at the foot of a page, and the
// last, when short, does not stand alone on the next. A tall last row is
// let go alone rather than move the whole table and leave its page half empty.
void keepBodyRows(std::span<Slice> rows);

// The slices at the end of `before`, back to the one that completes `lines`
// lines of body text, kept with what follows them: headings, spaces and
// signature rows hold none, so they go along with the lines before them.
// Stops at a page break or the start.
void keepBodyLinesBefore(std::span<Slice> before, int lines, Keep keep);

}  // namespace wop::layout
