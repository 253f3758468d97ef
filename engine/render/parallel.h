// Documents made side by side, by `generate` and by the batch.
#pragma once

#include <cstddef>
#include <functional>

namespace wop::render {

// Calls `work(i)` for every i in [0, count) on `threads` threads of a
// Poco::ThreadPool, each thread taking the next i until none is left;
// returns when all calls have. `work` must not throw.
void forEachInParallel(std::size_t count, int threads, const std::function<void(std::size_t)>& work);

}  // namespace wop::render
