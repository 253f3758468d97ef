// The tags of a template found the way kainjow finds them (trimmed contents,
// delimiters changed by {{=<% %>=}}), so that the template stage's checks and
// the marks it writes in see exactly the tags that will be rendered.
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <utility>
#include <vector>

namespace wop::tmpl {

// One tag as kainjow reads it.
struct Tag {
    size_t offset;          // of its opening delimiter
    size_t end;             // just past its closing delimiter
    std::string opening;    // "{{", "{{{" or a delimiter the template set
    std::string contents;   // between the delimiters, trimmed as kainjow trims it
    bool underBraces;       // read while the delimiters were {{ }}
    bool bracesAfter;       // the delimiters are {{ }} after it

    // {{name}}: a value written in, not a section, partial, comment or delimiter change.
    bool isVariable() const;
};

// A tag without its closing delimiter, or a delimiter change kainjow cannot
// read, ends the scan: it is an error at that offset.
struct Scan {
    std::vector<Tag> tags;
    std::optional<std::pair<size_t, std::string>> error;  // offset, message
    bool endsUnderBraces = true;                          // the delimiters are {{ }} again at the end
};

Scan scanTags(const std::string& text);

std::string trimmed(const std::string& s);

}  // namespace wop::tmpl
