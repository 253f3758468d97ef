// A facilitator's regeneration: the batch for one partnership, run in the
// background so that the request that asked for it returns at once. One at
// a time; with its own connection to the store. With SQLite a batch already
// running in the data folder (the schedule's) makes it fail, and it can be
// asked again; with PostgreSQL it waits for a batch making that partnership.
#pragma once

#include <mutex>
#include <optional>
#include <set>
#include <string>
#include <thread>

#include "batch/batch.h"
#include "store/store.h"

namespace wop::server {

class Regenerator {
public:
    enum class State { Idle, Running, Succeeded, Failed };
    // What a finished batch did, for a page to word in its language.
    struct Counts {
        int made = 0;
        int upToDate = 0;
        int failed = 0;
    };
    struct Status {
        State state = State::Idle;
        std::string partnership;
        std::optional<Counts> counts;  // once finished; none when the batch could not run

        // In English, as the API gives it: "12 made, 20 up to date, 0
        // failed", "the batch could not run"; empty while it runs.
        std::string message() const;
    };

    Regenerator(store::StoreLocation location, batch::BatchSettings settings)
        : location_(std::move(location)), settings_(std::move(settings)) {}
    ~Regenerator();  // waits for a running batch
    Regenerator(const Regenerator&) = delete;
    Regenerator& operator=(const Regenerator&) = delete;

    // False when a regeneration is running already.
    bool start(const std::string& partnership);
    // Starts it, or runs it after the one running: a save in the workspace
    // asks for it, and its documents are made even when another was under way.
    void startOrQueue(const std::string& partnership);
    Status status() const;

private:
    void run(std::string partnership);
    Status runOnce(const std::string& partnership);

    store::StoreLocation location_;
    batch::BatchSettings settings_;
    mutable std::mutex mutex_;
    Status status_;
    std::set<std::string> queued_;
    std::thread worker_;
};

std::string_view stateName(Regenerator::State state);  // "idle", "running", "succeeded", "failed"

}  // namespace wop::server
