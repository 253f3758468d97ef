#include "base/text_position.h"

#include "base/utf8.h"

namespace wop::base {

void TextPosition::advance(char byte) {
    if (byte == '\n') {
        ++line;
        column = 1;
    } else if (beginsCharacter(byte)) {
        ++column;
    }
}

TextPosition TextPosition::at(std::string_view text, std::size_t offset) {
    TextPosition position;
    for (char byte : text.substr(0, offset)) position.advance(byte);
    return position;
}

}  // namespace wop::base
