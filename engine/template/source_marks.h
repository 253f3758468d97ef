// Marks written into a template's text before kainjow parses it, so that the
// render knows which file and line it is at (source_map.h). Both are names
// kainjow looks up, which the render context (render_context.h) reads
// instead of looking them up:
// - a line mark, `{{#\x1F<n>}}{{/\x1F<n>}}` at the start of each line and
//   after each partial tag, is a section no value has: it renders nothing and
//   leaves kainjow's standalone lines as they were;
// - a variable's name is written `\x1E<n>\x1E<name>`, so that a name the
//   context does not have is reported at its tag.
// <n> indexes the sources: file, line and column.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "template/source_map.h"
#include "template/tag_scan.h"

namespace wop::tmpl {

// `text` with its marks, the sources they name appended to `sources`.
// `tags` are text's, as scanned.
std::string withSourceMarks(const std::string& file, const std::string& text, const std::vector<Tag>& tags,
                            SourceLines& sources);

// A name kainjow looks up, read back.
struct MarkedName {
    enum class Kind { Line, Variable, Plain } kind;
    std::uint32_t source;  // for a line mark or a variable
    std::string name;      // for a variable or a plain name
};

MarkedName readMarkedName(const std::string& name);

}  // namespace wop::tmpl
