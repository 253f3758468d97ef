#include "render/progress.h"

#include <string>

namespace wop::render {

namespace {

constexpr std::size_t barWidth = 24;
constexpr std::string_view clearLine = "\r\033[K";

}  // namespace

void Progress::expect(std::size_t documents) {
    std::lock_guard lock(mutex_);
    total_ += documents;
}

void Progress::made(std::string_view document) {
    std::lock_guard lock(mutex_);
    done("made", document);
}

void Progress::upToDate(std::string_view document) {
    std::lock_guard lock(mutex_);
    done("up to date", document);
}

void Progress::done(std::string_view outcome, std::string_view document) {
    ++done_;
    if (terminal_) drawLine(document);
    else out_ << '[' << done_ << '/' << total_ << "] " << outcome << ' ' << document << '\n' << std::flush;
}

void Progress::failed(std::string_view document, std::string_view error) {
    std::lock_guard lock(mutex_);
    ++done_;
    if (terminal_) {
        out_ << clearLine << "failed " << document << ": " << error << '\n';
        drawLine(document);
    } else {
        out_ << '[' << done_ << '/' << total_ << "] failed " << document << ": " << error << '\n' << std::flush;
    }
}

void Progress::drawLine(std::string_view document) {
    const std::size_t filled = total_ ? barWidth * done_ / total_ : barWidth;
    std::string bar;
    for (std::size_t i = 0; i < barWidth; ++i) bar += i < filled ? "█" : "░";
    out_ << clearLine << bar << ' ' << done_ << '/' << total_ << "  " << document << std::flush;
}

void Progress::close() {
    std::lock_guard lock(mutex_);
    if (terminal_ && done_) out_ << clearLine << std::flush;
}

}  // namespace wop::render
