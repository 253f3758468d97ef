// Puts what a batch's jobs found in the store, on a thread of its own: the
// threads making documents do not wait for the disk (the syncs) or the
// database (its commits). What came in while it worked is published as one
// group: the markups to keep first, then the checks of the documents found
// current, then the new versions' PDFs (store::DocumentFiles::publish),
// registered together, in one transaction.
#pragma once

#include <atomic>
#include <condition_variable>
#include <cstddef>
#include <functional>
#include <mutex>
#include <optional>
#include <string>
#include <thread>
#include <vector>

#include "batch/planner.h"
#include "store/document_files.h"
#include "store/store.h"

namespace wop::batch {

// What a job found, once its document's markup was rendered.
struct Rendered {
    Verdict verdict = Verdict::NewVersion;
    std::string contentHash;
    std::string markup;  // for a new version and an adopted content: to keep
    std::string pdf;     // for a new version
};

class Publisher {
public:
    // Called once for each job published, with a null `error` when what it
    // found is recorded (a new version in place and registered).
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

    // Job `job` found `rendered`. Waits while what waits to be written holds
    // more than a bound, so that a slow disk cannot fill the memory.
    void publish(std::size_t job, Rendered rendered);
    // Returns once every job handed over is published.
    void finish();

private:
    struct Made {
        std::size_t job;
        Rendered rendered;

        std::size_t bytes() const { return rendered.markup.size() + rendered.pdf.size(); }
    };

    void run();
    void publishGroup(std::vector<Made>& group);
    // Each an error of its own when it throws. In order: the markups of the
    // new versions and adopted contents, before any PDF, so that every
    // content a row names is kept; the checks of those found current; the
    // new versions.
    void keepContents(const std::vector<Made>& group);
    void recordChecks(const std::vector<Made>& group, const std::string& now);
    void publishVersions(std::vector<Made>& group, const std::string& now,
                         std::vector<std::optional<std::string>>& errors);
    // Runs `work`, which writes to the database, unless the database failed
    // already; once it fails, sets databaseFailed_.
    void write(const std::function<void()>& work);

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
