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

void Publisher::publish(std::size_t job, Rendered rendered) {
    {
        std::unique_lock lock(mutex_);
        room_.wait(lock, [this] { return waitingBytes_ < maxWaitingBytes; });
        Made& made = waiting_.emplace_back(Made{job, std::move(rendered)});
        waitingBytes_ += made.bytes();
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
            for (const Made& made : group) waitingBytes_ -= made.bytes();
        }
        room_.notify_all();
        publishGroup(group);
    }
}

void Publisher::publishGroup(std::vector<Made>& group) {
    std::vector<std::optional<std::string>> errors(group.size());
    const std::string now = store::utcTimestamp();
    try {
        keepContents(group);
        recordChecks(group, now);
        publishVersions(group, now, errors);
    } catch (const std::exception& e) {
        for (auto& error : errors)
            if (!error) error = e.what();
    }
    for (std::size_t i = 0; i < group.size(); ++i) published_(group[i].job, errors[i] ? &*errors[i] : nullptr);
}

void Publisher::keepContents(const std::vector<Made>& group) {
    std::vector<store::DocumentContent> contents;
    for (const Made& made : group)
        if (made.rendered.verdict != Verdict::Current) contents.push_back({made.rendered.contentHash, made.rendered.markup});
    if (!contents.empty()) write([&] { store_.contents().keep(contents); });
}

void Publisher::recordChecks(const std::vector<Made>& group, const std::string& now) {
    std::vector<store::DocumentCheck> checks;
    for (const Made& made : group) {
        if (made.rendered.verdict == Verdict::NewVersion) continue;
        const DocumentJob& job = jobs_[made.job];
        checks.push_back({job.record.key, job.latest->version, job.record.inputs(), made.rendered.contentHash, now});
    }
    if (!checks.empty()) write([&] { store_.checks().record(checks); });
}

void Publisher::publishVersions(std::vector<Made>& group, const std::string& now,
                                std::vector<std::optional<std::string>>& errors) {
    std::vector<std::size_t> made;  // in the group
    std::vector<store::NewDocument> documents;
    for (std::size_t i = 0; i < group.size(); ++i) {
        if (group[i].rendered.verdict != Verdict::NewVersion) continue;
        made.push_back(i);
        store::NewDocument& document = documents.emplace_back(store::NewDocument{jobs_[group[i].job].record, {}});
        document.record.contentHash = group[i].rendered.contentHash;
        document.record.createdAt = now;
        document.pdf = std::move(group[i].rendered.pdf);
    }
    if (documents.empty()) return;
    store::Publication publication = files_.publish(documents);
    std::vector<store::DocumentRecord> records;
    for (std::size_t i = 0; i < documents.size(); ++i) {
        if (publication.errors[i]) errors[made[i]] = publication.errors[i];
        else records.push_back(documents[i].record);
    }
    if (records.empty()) return;
    try {
        write([&] { store_.registry().add(records); });
    } catch (const std::exception& e) {
        for (std::size_t i : made)
            if (!errors[i]) errors[i] = e.what();
        return;
    }
    try {
        files_.settle(publication);
    } catch (const std::exception&) {
        // The documents are registered; the next batch's recovery
        // removes the record, and says so.
    }
}

void Publisher::write(const std::function<void()>& work) {
    if (databaseFailed_) throw store::StoreError("not registered: the database failed on another document");
    try {
        work();
    } catch (const store::StoreError&) {
        databaseFailed_ = true;
        throw;
    }
}

}  // namespace wop::batch
