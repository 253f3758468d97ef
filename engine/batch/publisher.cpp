#include "batch/publisher.h"

#include <algorithm>
#include <chrono>
#include <iterator>

#include "store/store_error.h"
#include "store/timestamp.h"

namespace wop::batch {

namespace {

// About a thousand letters: far more than a disk that keeps up ever lets
// wait, and a small part of the memory a batch may take.
constexpr std::size_t maxWaitingBytes = 48u << 20;

// A group waits for this many documents, or this long, before it is
// published, and holds no more: each group costs a pending record, a sync
// per folder and a database commit, however few documents it holds, and a
// larger one would only make a longer transaction.
constexpr std::size_t fullGroup = 16;
constexpr auto groupWait = std::chrono::milliseconds(25);

}  // namespace

Publisher::Publisher(store::Store& store, const store::DocumentFiles& files, const std::vector<DocumentJob>& jobs,
                     std::atomic<bool>& databaseFailed, Published published)
    : store_(store),
      files_(files),
      jobs_(jobs),
      databaseFailed_(databaseFailed),
      published_(std::move(published)),
      thread_([this] { run(); }) {}

Publisher::~Publisher() { finish(); }

void Publisher::publish(std::size_t job, std::string pdf) {
    {
        std::unique_lock lock(mutex_);
        room_.wait(lock, [this] { return waitingBytes_ < maxWaitingBytes; });
        waitingBytes_ += pdf.size();
        waiting_.push_back({job, std::move(pdf)});
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
        std::vector<Made> group;
        {
            std::unique_lock lock(mutex_);
            wake_.wait(lock, [this] { return finishing_ || !waiting_.empty(); });
            if (waiting_.empty()) return;
            wake_.wait_for(lock, groupWait, [this] { return finishing_ || waiting_.size() >= fullGroup; });
            const auto end = waiting_.begin() + static_cast<std::ptrdiff_t>(std::min(waiting_.size(), fullGroup));
            group.assign(std::make_move_iterator(waiting_.begin()), std::make_move_iterator(end));
            waiting_.erase(waiting_.begin(), end);
            for (const Made& made : group) waitingBytes_ -= made.pdf.size();
        }
        room_.notify_all();
        publishGroup(group);
    }
}

void Publisher::publishGroup(std::vector<Made>& group) {
    std::vector<store::NewDocument> documents;
    documents.reserve(group.size());
    const std::string now = store::utcTimestamp();
    for (Made& made : group) {
        store::NewDocument& document = documents.emplace_back(store::NewDocument{jobs_[made.job].record, {}});
        document.record.createdAt = now;
        document.pdf = std::move(made.pdf);
    }
    store::Publication publication = files_.publish(documents);
    std::vector<std::optional<std::string>>& errors = publication.errors;

    std::vector<store::DocumentRecord> records;
    for (std::size_t i = 0; i < documents.size(); ++i)
        if (!errors[i]) records.push_back(documents[i].record);
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
            for (auto& error : errors)
                if (!error) error = e.what();
            records.clear();
        }
    }
    if (!records.empty()) {
        try {
            files_.settle(publication);
        } catch (const std::exception&) {
            // The documents are registered; the next batch's recovery
            // removes the record, and says so.
        }
    }
    for (std::size_t i = 0; i < group.size(); ++i) published_(group[i].job, errors[i] ? &*errors[i] : nullptr);
}

}  // namespace wop::batch
