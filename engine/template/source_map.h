// Where each line of a document's markup came from: the template or partial
// file and the line in it that wrote it. kainjow keeps no line numbers and
// partials are written into their templates, so the render keeps them
// (source_marks.h), and an error found later in the markup (markup/parser.h)
// points at what the author wrote rather than at the markup made from it.
#pragma once

#include <cstdint>
#include <memory>
#include <string>
#include <utility>
#include <vector>

namespace wop::tmpl {

struct SourceLine {
    std::string file;
    int line = 0;
    int column = 0;  // of a tag; 0 for a line as a whole
};

using SourceLines = std::vector<SourceLine>;

class SourceMap {
public:
    static constexpr std::uint32_t unknown = UINT32_MAX;

    SourceMap() = default;
    explicit SourceMap(std::shared_ptr<const SourceLines> sources) : sources_(std::move(sources)) {}

    // The next line of markup came from `source` (an index into the sources).
    void addLine(std::uint32_t source) { lines_.push_back(source); }
    // Where markup line `line` (from 1) came from; null when not known.
    const SourceLine* origin(int line) const;

private:
    std::shared_ptr<const SourceLines> sources_;
    std::vector<std::uint32_t> lines_;  // per line of markup: an index into sources_, or unknown
};

// What a template renders: the document's markup and where its lines came from.
struct Rendered {
    std::string text;
    SourceMap sources;
};

}  // namespace wop::tmpl
