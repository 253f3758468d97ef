// What a batch says while it runs. On a terminal, one line redrawn in place
// (a bar, the count, the document) with failures printed above it;
// otherwise (a log, a pipe) one plain line per document. Safe to call from
// the batch's threads.
#pragma once

#include <cstddef>
#include <mutex>
#include <ostream>
#include <string>

#include "batch/planner.h"

namespace wop::batch {

class Progress {
public:
    Progress(std::ostream& out, bool terminal) : out_(out), terminal_(terminal) {}

    // More documents to make (a batch plans in two rounds).
    void expect(std::size_t documents);
    // `error` is null when the document was made (`made`) or found up to date.
    void finished(const DocumentJob& job, bool made, const std::string* error);
    // Clears the progress line before the summary.
    void close();

private:
    void drawBar(const DocumentJob& job, bool made);

    std::ostream& out_;
    bool terminal_;
    std::mutex mutex_;
    std::size_t total_ = 0;
    std::size_t done_ = 0;
};

}  // namespace wop::batch
