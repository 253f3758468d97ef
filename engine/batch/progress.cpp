#include "batch/progress.h"

namespace wop::batch {

namespace {

constexpr std::size_t barWidth = 24;
constexpr const char* clearLine = "\r\033[K";

}  // namespace

void Progress::expect(std::size_t documents) {
    std::lock_guard lock(mutex_);
    total_ += documents;
}

void Progress::finished(const DocumentJob& job, bool made, const std::string* error) {
    std::lock_guard lock(mutex_);
    ++done_;
    const std::string counter = "[" + std::to_string(done_) + "/" + std::to_string(total_) + "] ";
    if (!terminal_) {
        if (error) out_ << counter << "failed " << job.record.key.str() << ": " << *error << '\n';
        else if (made) out_ << counter << "made " << job.record.path << '\n';
        else out_ << counter << "up to date " << job.record.key.str() << '\n';
        out_.flush();
        return;
    }
    if (error) out_ << clearLine << "failed " << job.record.key.str() << ": " << *error << '\n';
    drawBar(job, made && !error);
}

void Progress::drawBar(const DocumentJob& job, bool made) {
    const std::size_t filled = total_ ? barWidth * done_ / total_ : barWidth;
    std::string bar;
    for (std::size_t i = 0; i < barWidth; ++i) bar += i < filled ? "█" : "░";
    out_ << clearLine << bar << " " << done_ << "/" << total_ << "  " << job.record.key.str();
    if (made) out_ << " v" << job.record.version;
    out_ << std::flush;
}

void Progress::close() {
    std::lock_guard lock(mutex_);
    if (terminal_ && done_) out_ << clearLine << std::flush;
}

}  // namespace wop::batch
