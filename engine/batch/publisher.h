// Puts the documents a batch has made in place and registers them, on a
// thread of its own: the threads making documents do not wait for the disk
// (the syncs) or the database (its commit). The documents that came in
// while it worked are published as one group (store::DocumentFiles::publish)
// and registered together, in one transaction.
#pragma once

#include <atomic>
#include <condition_variable>
#include <cstddef>
#include <functional>
#include <mutex>
#include <string>
#include <thread>
#include <vector>

#include "batch/planner.h"
#include "store/document_files.h"
#include "store/store.h"

namespace wop::batch {

class Publisher {
public:
    // Called once for each document published, with a null `error` when it
    // is in place and registered.
    using Published = std::function<void(std::size_t job, const std::string* error)>;

    // Once the registry refuses a group, `databaseFailed` is set and what
    // comes after is refused unregistered (store::DocumentFiles recovers the
    // files on the next run).
    Publisher(store::Store& store, const store::DocumentFiles& files, const std::vector<DocumentJob>& jobs,
              std::atomic<bool>& databaseFailed, Published published);
    // Publishes what is left first.
    ~Publisher();
    Publisher(const Publisher&) = delete;
    Publisher& operator=(const Publisher&) = delete;

    // Job `job` made `pdf`. Waits while the PDFs waiting to be written hold
    // more than a bound, so that a slow disk cannot fill the memory.
    void publish(std::size_t job, std::string pdf);
    // Returns once every job handed over is published.
    void finish();

private:
    struct Made {
        std::size_t job;
        std::string pdf;
    };

    void run();
    void publishGroup(std::vector<Made>& group);

    store::Store& store_;
    const store::DocumentFiles& files_;
    const std::vector<DocumentJob>& jobs_;
    std::atomic<bool>& databaseFailed_;
    Published published_;

    std::mutex mutex_;
    std::condition_variable wake_;  // the publishing thread: work, or the end
    std::condition_variable room_;  // the threads making documents: memory to hand over
    std::vector<Made> waiting_;
    std::size_t waitingBytes_ = 0;
    bool finishing_ = false;
    std::thread thread_;  // last: started once the rest is ready
};

}  // namespace wop::batch
