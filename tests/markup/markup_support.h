// Shared by the markup tests: wrapping a body in <document>, picking out
// blocks, flattening inline content, and catching parse errors.
#pragma once

#include <gtest/gtest.h>

#include <string>
#include <variant>

#include "markup/document.h"
#include "markup/parser.h"

namespace wop::test {

// Parses `body` inside <document> (with `attributes` on it).
markup::Document parseBody(const std::string& body, const std::string& attributes = "");

// The document's only block, which must be a T.
template <class T>
T onlyBlock(const markup::Document& doc) {
    EXPECT_EQ(doc.blocks.size(), 1u);
    if (doc.blocks.size() != 1 || !std::holds_alternative<T>(doc.blocks.front())) {
        ADD_FAILURE() << "the document's only block is not of the expected kind";
        return T{};
    }
    return std::get<T>(doc.blocks.front());
}

// The text of a paragraph given as `inner` (`<p>inner</p>`).
markup::Inline paragraphContent(const std::string& inner);

// The spans written out for comparison: text, "[br]" for a break, and
// "*" / "_" around bold / italic text, with "|" between spans.
std::string describe(const markup::Inline& content);

// The ParseError `markup` throws; fails the test when it parses.
markup::ParseError parseError(const std::string& markup);

}  // namespace wop::test
