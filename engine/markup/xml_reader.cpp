#include "markup/xml_reader.h"

#include <cstdint>
#include <tuple>
#include <utility>

#include "base/text_position.h"
#include "base/utf8.h"
#include "markup/parser.h"

namespace wop::markup {
namespace {

constexpr int maxDepth = 64;

bool isNameChar(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-' || c == '_';
}

bool isSpace(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; }

class Reader {
public:
    explicit Reader(std::string_view source) : src_(source) {}

    XmlNode document() {
        skipSpace();
        if (atEnd() || peek() != '<') fail("expected the root element");
        XmlNode root = element(0);
        skipSpace();
        if (!atEnd()) fail("text after the root element");
        return root;
    }

private:
    std::string_view src_;
    size_t pos_ = 0;
    base::TextPosition position_;  // of pos_

    bool atEnd() const { return pos_ >= src_.size(); }
    char peek() const { return src_[pos_]; }
    bool lookingAt(std::string_view s) const { return src_.substr(pos_, s.size()) == s; }

    char next() {
        char c = src_[pos_++];
        position_.advance(c);
        return c;
    }

    using Mark = base::TextPosition;
    Mark mark() const { return position_; }

    [[noreturn]] void fail(const std::string& message) const { failAt(mark(), message); }
    // Errors point at the start of what is wrong, not past it.
    [[noreturn]] static void failAt(Mark at, const std::string& message) { throw ParseError(at.line, at.column, message); }

    void skipSpace() {
        while (!atEnd() && isSpace(peek())) next();
    }

    void expect(char c) {
        if (atEnd() || peek() != c) fail(std::string("expected '") + c + "'");
        next();
    }

    std::string name() {
        std::string n;
        while (!atEnd() && isNameChar(peek())) n += next();
        if (n.empty()) fail("expected a name");
        return n;
    }

    // After '&' (which stands at `ampersand`): a character or entity
    // reference, decoded into `out`.
    void reference(std::string& out, Mark ampersand) {
        auto fail = [ampersand](const std::string& message) { failAt(ampersand, message); };
        size_t end = src_.find(';', pos_);
        if (end == std::string_view::npos || end - pos_ > 10) fail("'&' must start a reference such as &amp;");
        std::string_view ref = src_.substr(pos_, end - pos_);
        if (ref == "amp") out += '&';
        else if (ref == "lt") out += '<';
        else if (ref == "gt") out += '>';
        else if (ref == "quot") out += '"';
        else if (ref == "apos") out += '\'';
        else if (ref.size() > 1 && ref[0] == '#') {
            bool hex = ref[1] == 'x';
            std::string digits(ref.substr(hex ? 2 : 1));
            uint32_t value = 0;
            if (digits.empty()) fail("empty character reference");
            for (char d : digits) {
                int v = (d >= '0' && d <= '9') ? d - '0'
                        : hex && (d >= 'a' && d <= 'f') ? d - 'a' + 10
                        : hex && (d >= 'A' && d <= 'F') ? d - 'A' + 10 : -1;
                if (v < 0) fail("bad character reference &" + std::string(ref) + ";");
                value = value * (hex ? 16 : 10) + static_cast<uint32_t>(v);
                if (value > 0x10FFFF) fail("character reference out of range");
            }
            if (value == 0 || (value >= 0xD800 && value <= 0xDFFF)) fail("character reference to a non-character");
            base::appendUtf8(out, value);
        } else {
            fail("unknown entity &" + std::string(ref) + ";");
        }
        while (pos_ <= end) next();
    }

    std::string attributeValue() {
        expect('"');
        std::string value;
        while (!atEnd() && peek() != '"') {
            Mark at = mark();
            char c = next();
            if (c == '<') failAt(at, "'<' inside an attribute value");
            if (c == '&') reference(value, at);
            else value += c;
        }
        expect('"');
        return value;
    }

    XmlNode element(int depth) {
        if (depth > maxDepth) fail("elements nested too deeply");
        XmlNode node;
        node.line = position_.line;
        node.column = position_.column;
        expect('<');
        node.name = name();
        for (;;) {
            bool spaced = !atEnd() && isSpace(peek());
            skipSpace();
            if (atEnd()) fail("unclosed tag <" + node.name + ">");
            if (peek() == '/') {
                next();
                expect('>');
                return node;
            }
            if (peek() == '>') {
                next();
                break;
            }
            if (!spaced) fail("expected a space before an attribute");
            Mark keyAt = mark();
            std::string key = name();
            for (auto& attribute : node.attributes)
                if (attribute.first == key) failAt(keyAt, "attribute \"" + key + "\" given twice");
            skipSpace();
            expect('=');
            skipSpace();
            node.attributes.emplace_back(key, attributeValue());
        }
        content(node, depth);
        return node;
    }

    void content(XmlNode& parent, int depth) {
        for (;;) {
            if (atEnd()) fail("<" + parent.name + "> is not closed");
            if (lookingAt("</")) {
                Mark closeAt = mark();
                next();
                next();
                std::string closing = name();
                if (closing != parent.name)
                    failAt(closeAt, "</" + closing + "> closes <" + parent.name + "> (opened at line " +
                                        std::to_string(parent.line) + ")");
                skipSpace();
                expect('>');
                return;
            }
            if (peek() == '<') {
                parent.children.push_back(element(depth + 1));
                continue;
            }
            // A text node is placed at its first visible character: that is
            // where a reader looks when text is not allowed there.
            XmlNode text;
            bool placed = false;
            while (!atEnd() && peek() != '<') {
                Mark at = mark();
                if (!placed && !isSpace(peek())) {
                    std::tie(text.line, text.column) = std::pair(at.line, at.column);
                    placed = true;
                }
                char c = next();
                if (c == '&') reference(text.text, at);
                else if (c == '>') failAt(at, "'>' in text must be written &gt;");
                else text.text += c;
            }
            parent.children.push_back(std::move(text));
        }
    }
};

}  // namespace

XmlNode readXml(std::string_view source) { return Reader(source).document(); }

}  // namespace wop::markup
