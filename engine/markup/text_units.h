// A document as a reader compares two versions of it: what it says, one line
// of plain text per paragraph, list item, table row, signature, heading,
// letterhead and image (named by the start of its digest), each under the
// nearest heading before it; and the attributes a
// reader sees (title, reference, date, watermark). Styles, alignment and
// spacing are left out: they change how a document looks, not what it says.
#pragma once

#include <string>
#include <vector>

#include "markup/document.h"

namespace wop::markup {

struct TextUnit {
    // The nearest heading's text (a heading's own is the one before it);
    // for an attribute, its name; empty before the first heading.
    std::string section;
    std::string text;  // whitespace collapsed; a table row's cells joined by " | "
};

// In document order; blocks without text (spaces, rules) give none.
std::vector<TextUnit> textUnits(const Document& document);

}  // namespace wop::markup
