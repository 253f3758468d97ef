#include "layout/keeps.h"

#include <algorithm>

namespace wop::layout {

void keepAfter(Slice& slice, Keep keep) { slice.keepWithNext = std::max(slice.keepWithNext, keep); }

void keepTogether(std::span<Slice> slices, Keep keep) {
    for (size_t i = 0; i + 1 < slices.size(); ++i) keepAfter(slices[i], keep);
}

void keepLines(std::span<Slice> lines) {
    if (lines.size() < 2) return;
    keepAfter(lines.front(), Keep::Lines);
    keepAfter(lines[lines.size() - 2], Keep::Lines);
}

void keepBodyRows(std::span<Slice> rows) {
    constexpr int shortRowLines = 3;
    if (rows.size() < 2) return;
    keepAfter(rows.front(), Keep::Lines);
    if (rows.back().bodyLines <= shortRowLines) keepAfter(rows[rows.size() - 2], Keep::Lines);
}

void keepBodyLinesBefore(std::span<Slice> before, int lines, Keep keep) {
    int kept = 0;
    for (size_t i = before.size(); i-- > 0 && kept < lines && !before[i].breakBefore;) {
        keepAfter(before[i], keep);
        kept += before[i].bodyLines;
    }
}

}  // namespace wop::layout
