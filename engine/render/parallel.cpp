#include "render/parallel.h"

#include <algorithm>
#include <atomic>
#include <vector>

#include <Poco/Runnable.h>
#include <Poco/ThreadPool.h>

namespace wop::render {

namespace {

class Worker : public Poco::Runnable {
public:
    Worker(std::atomic<std::size_t>& next, std::size_t count, const std::function<void(std::size_t)>& work)
        : next_(next), count_(count), work_(work) {}

    void run() override {
        for (std::size_t i = next_++; i < count_; i = next_++) work_(i);
    }

private:
    std::atomic<std::size_t>& next_;
    std::size_t count_;
    const std::function<void(std::size_t)>& work_;
};

}  // namespace

void forEachInParallel(std::size_t count, int threads, const std::function<void(std::size_t)>& work) {
    if (count == 0) return;
    const int workers = static_cast<int>(std::min<std::size_t>(static_cast<std::size_t>(std::max(threads, 1)), count));
    std::atomic<std::size_t> next{0};
    std::vector<Worker> pool(static_cast<std::size_t>(workers), Worker(next, count, work));
    Poco::ThreadPool threadPool(workers, workers);
    for (Worker& worker : pool) threadPool.start(worker);
    threadPool.joinAll();
}

}  // namespace wop::render
