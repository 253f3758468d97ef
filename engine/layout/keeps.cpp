#include "layout/keeps.h"

#include <algorithm>

namespace wop::layout {

void keepAfter(Slice& slice, Keep keep) { slice.keepWithNext = std::max(slice.keepWithNext, keep); }

void keepTogether(std::span<Slice> slices, Keep keep) {
    for (size_t i = 0; i + 1 < slices.size(); ++i) keepAfter(slices[i], keep);
}

}  // namespace wop::layout
