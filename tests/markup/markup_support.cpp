#include "markup_support.h"

namespace wop::test {

markup::Document parseBody(const std::string& body, const std::string& attributes) {
    return markup::parse("<document" + (attributes.empty() ? "" : " " + attributes) + ">" + body + "</document>");
}

markup::Inline paragraphContent(const std::string& inner) {
    return onlyBlock<markup::Paragraph>(parseBody("<p>" + inner + "</p>")).content;
}

std::string describe(const markup::Inline& content) {
    std::string out;
    for (const markup::Span& span : content) {
        if (!out.empty()) out += "|";
        if (span.lineBreak) {
            out += "[br]";
            continue;
        }
        std::string text = span.text;
        if (span.italic) text = "_" + text + "_";
        if (span.bold) text = "*" + text + "*";
        out += text;
    }
    return out;
}

markup::ParseError parseError(const std::string& markup) {
    try {
        markup::parse(markup);
    } catch (const markup::ParseError& e) {
        return e;
    }
    ADD_FAILURE() << "parsed without an error:\n" << markup;
    return markup::ParseError(0, 0, "no error");
}

}  // namespace wop::test
