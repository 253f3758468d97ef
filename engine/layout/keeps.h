// The rules that say where a page may break, as keeps on slices (flow.h),
// which the block builders set. Rules add up: a slice keeps the strongest
// keep set on it.
#pragma once

#include <span>

#include "layout/flow.h"

namespace wop::layout {

// Raises the keep after `slice` to at least `keep`.
void keepAfter(Slice& slice, Keep keep);

// Every slice with the next but the last.
void keepTogether(std::span<Slice> slices, Keep keep);

}  // namespace wop::layout
