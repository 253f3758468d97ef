// Parses document markup (docs/markup.md) into a Document. Strict: an unknown
// element or attribute is an error, so a typo in a template is found at once
// rather than silently dropped from a signed document.
#pragma once

#include <stdexcept>
#include <string>
#include <string_view>

#include "markup/document.h"

namespace wop::markup {

class ParseError : public std::runtime_error {
public:
    ParseError(int line, int column, const std::string& message);
    int line() const { return line_; }
    int column() const { return column_; }

private:
    int line_;
    int column_;
};

Document parse(std::string_view markup);

}  // namespace wop::markup
