// The small XML subset document markup is written in: elements, attributes
// in double quotes, text and character references. No DTD, comments,
// processing instructions or CDATA: templates have no use for them.
#pragma once

#include <memory>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace wop::markup {

struct XmlNode {
    std::string name;  // empty for a text node
    std::string text;  // text nodes only, references decoded
    std::vector<std::pair<std::string, std::string>> attributes;
    std::vector<XmlNode> children;
    int line = 1;
    int column = 1;

    bool isText() const { return name.empty(); }
};

// The root element. Throws ParseError (parser.h) with the position of the fault.
XmlNode readXml(std::string_view source);

}  // namespace wop::markup
