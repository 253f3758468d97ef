#include "batch/publisher.h"

#include <optional>

#include "store/store_error.h"
#include "store/timestamp.h"

namespace wop::batch {

Publisher::Publisher(store::Store& store, const store::DocumentFiles& files, const std::vector<DocumentJob>& jobs,
                     std::atomic<bool>& databaseFailed, Published published)
    : store_(store),
      files_(files),
      jobs_(jobs),
      databaseFailed_(databaseFailed),
      published_(std::move(published)),
      thread_([this] { run(); }) {}

Publisher::~Publisher() { finish(); }

void Publisher::publish(std::size_t job) {
    {
        std::lock_guard lock(mutex_);
        waiting_.push_back(job);
    }
    wake_.notify_one();
}

void Publisher::finish() {
    {
        std::lock_guard lock(mutex_);
        finishing_ = true;
    }
    wake_.notify_one();
    if (thread_.joinable()) thread_.join();
}

void Publisher::run() {
    for (;;) {
        std::vector<std::size_t> group;
        {
            std::unique_lock lock(mutex_);
            wake_.wait(lock, [this] { return finishing_ || !waiting_.empty(); });
            if (waiting_.empty()) return;
            group.swap(waiting_);
        }
        publishGroup(group);
    }
}

void Publisher::publishGroup(const std::vector<std::size_t>& group) {
    std::vector<std::optional<std::string>> errors(group.size());
    std::vector<store::DocumentRecord> records;
    std::vector<std::size_t> placed;  // positions in `group` of the records
    for (std::size_t i = 0; i < group.size(); ++i) {
        const DocumentJob& job = jobs_[group[i]];
        try {
            store::DocumentRecord record = job.record;
            record.createdAt = store::utcTimestamp();
            records.push_back(files_.publish(record));
            placed.push_back(i);
        } catch (const std::exception& e) {
            errors[i] = e.what();
            std::error_code ignored;
            std::filesystem::remove(files_.stagingPath(job.record), ignored);
        }
    }
    if (!records.empty()) {
        try {
            if (databaseFailed_) throw store::StoreError("not registered: the database failed on another document");
            try {
                store_.registry().add(records);
            } catch (const store::StoreError&) {
                databaseFailed_ = true;
                throw;
            }
        } catch (const std::exception& e) {
            for (std::size_t i : placed) errors[i] = e.what();
            records.clear();
        }
    }
    for (std::size_t r = 0; r < records.size(); ++r) {
        try {
            files_.settle(records[r]);
        } catch (const std::exception& e) {
            errors[placed[r]] = e.what();
        }
    }
    for (std::size_t i = 0; i < group.size(); ++i) published_(group[i], errors[i] ? &*errors[i] : nullptr);
}

}  // namespace wop::batch
