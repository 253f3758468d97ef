#include "server/regenerator.h"

#include <ostream>

#include <Poco/Exception.h>
#include <Poco/Logger.h>

namespace wop::server {

Regenerator::~Regenerator() {
    if (worker_.joinable()) worker_.join();
}

bool Regenerator::start(const std::string& partnership) {
    std::lock_guard lock(mutex_);
    if (status_.state == State::Running) return false;
    if (worker_.joinable()) worker_.join();  // finished: only its thread is left
    status_ = {State::Running, partnership, std::nullopt};
    worker_ = std::thread(&Regenerator::run, this, partnership);
    return true;
}

void Regenerator::startOrQueue(const std::string& partnership) {
    {
        std::lock_guard lock(mutex_);
        if (status_.state == State::Running) {
            queued_.insert(partnership);
            return;
        }
    }
    start(partnership);
}

Regenerator::Status Regenerator::status() const {
    std::lock_guard lock(mutex_);
    return status_;
}

void Regenerator::run(std::string partnership) {
    for (;;) {
        const Status finished = runOnce(partnership);
        std::lock_guard lock(mutex_);
        status_ = finished;
        if (queued_.empty()) return;
        partnership = queued_.extract(queued_.begin()).value();
        status_ = {State::Running, partnership, std::nullopt};
    }
}

Regenerator::Status Regenerator::runOnce(const std::string& partnership) {
    Status finished{State::Failed, partnership, std::nullopt};
    try {
        store::Store store(location_);
        batch::BatchSettings settings = settings_;
        settings.partnership = partnership;
        batch::Batch batch(store, settings);
        std::ostream nowhere(nullptr);  // the portal shows the outcome, not the progress
        render::Progress progress(nowhere, false);
        const batch::BatchReport report = batch.run(progress);
        finished.state = report.succeeded() ? State::Succeeded : State::Failed;
        finished.counts = Counts{report.made, report.upToDate, static_cast<int>(report.failures.size())};
    } catch (const Poco::Exception& e) {
        Poco::Logger::get("wopdocs.portal").error("regeneration of " + partnership + ": " + e.displayText());
    } catch (const std::exception& e) {  // another batch holds the data folder; templates or fonts unusable
        Poco::Logger::get("wopdocs.portal").error("regeneration of " + partnership + ": " + e.what());
    }
    Poco::Logger::get("wopdocs.portal").information("regeneration of " + partnership + ": " + finished.message());
    return finished;
}

std::string Regenerator::Status::message() const {
    if (state == State::Idle || state == State::Running) return "";
    if (!counts) return "the batch could not run";
    return std::to_string(counts->made) + " made, " + std::to_string(counts->upToDate) + " up to date, " +
           std::to_string(counts->failed) + " failed";
}

std::string_view stateName(Regenerator::State state) {
    switch (state) {
        case Regenerator::State::Idle: return "idle";
        case Regenerator::State::Running: return "running";
        case Regenerator::State::Succeeded: return "succeeded";
        case Regenerator::State::Failed: return "failed";
    }
    return "";
}

}  // namespace wop::server
