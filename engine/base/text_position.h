// Where a byte of UTF-8 text stands, as an editor shows it: the line and the
// column, both from 1, the column in characters. The template and markup
// readers report their errors there.
#pragma once

#include <cstddef>
#include <string_view>

namespace wop::base {

struct TextPosition {
    int line = 1;
    int column = 1;

    // Moves past one byte of the text: a line feed starts the next line.
    void advance(char byte);
    // Where the byte at `offset` stands (the end, for an offset past it).
    static TextPosition at(std::string_view text, std::size_t offset);
};

}  // namespace wop::base
