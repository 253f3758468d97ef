// Puts the documents a batch has made in place and registers them, on a
// thread of its own: the threads making documents do not wait for the disk
// (each document's syncs) or the database (its commit). The documents that
// came in while it worked are registered together, in one transaction.
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

    // Job `job`'s staging file is complete.
    void publish(std::size_t job);
    // Returns once every job handed over is published.
    void finish();

private:
    void run();
    void publishGroup(const std::vector<std::size_t>& group);

    store::Store& store_;
    const store::DocumentFiles& files_;
    const std::vector<DocumentJob>& jobs_;
    std::atomic<bool>& databaseFailed_;
    Published published_;

    std::mutex mutex_;
    std::condition_variable wake_;
    std::vector<std::size_t> waiting_;
    bool finishing_ = false;
    std::thread thread_;  // last: started once the rest is ready
};

}  // namespace wop::batch
