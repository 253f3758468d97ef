// What `generate` and a batch say while they make documents side by side.
// On a terminal, one line redrawn in place (a bar, the count, the last
// document) with failures printed above it; otherwise (a log, a pipe) one
// plain line per document. Safe to call from the threads making them.
#pragma once

#include <cstddef>
#include <mutex>
#include <ostream>
#include <string_view>

namespace wop::render {

class Progress {
public:
    Progress(std::ostream& out, bool terminal) : out_(out), terminal_(terminal) {}

    // More documents to make (a batch plans in two rounds).
    void expect(std::size_t documents);
    // `document` names it as its reader knows it: the file made, or the
    // document and language.
    void made(std::string_view document);
    // Rendered and found to say what its latest version says: nothing made.
    void upToDate(std::string_view document);
    void failed(std::string_view document, std::string_view error);
    // Clears the progress line before the summary.
    void close();

private:
    // One more document done: the line on a terminal, else `outcome` on a line of its own.
    void done(std::string_view outcome, std::string_view document);
    void drawLine(std::string_view document);

    std::ostream& out_;
    bool terminal_;
    std::mutex mutex_;
    std::size_t total_ = 0;
    std::size_t done_ = 0;
};

}  // namespace wop::render
