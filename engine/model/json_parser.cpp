#include "model/json_parser.h"

#include <algorithm>
#include <cerrno>
#include <cmath>
#include <cstdio>
#include <typeinfo>

#include <Poco/JSON/Array.h>
#include <Poco/JSON/Object.h>

#include "base/text_position.h"
#include "base/utf8.h"
#include "model/json_reader.h"

namespace wop::model::json {

namespace {

constexpr std::string_view utf8ByteOrderMark = "\xEF\xBB\xBF";

std::string codePoint(char32_t c) {
    char name[12];
    std::snprintf(name, sizeof name, "U+%04X", static_cast<unsigned>(c));
    return name;
}

bool isCurlyQuote(char32_t c) {
    return c == U'\u201C' || c == U'\u201D' || c == U'\u2018' || c == U'\u2019' || c == U'\u00AB' || c == U'\u00BB';
}

class Parser {
public:
    explicit Parser(std::string_view text) : text_(text) {}

    ParsedJson parse() {
        if (text_.starts_with(utf8ByteOrderMark)) pos_ = utf8ByteOrderMark.size();
        ParsedJson parsed;
        offsets_ = &parsed.offsets;
        skipSpace();
        parsed.offsets["$"] = pos_;
        parsed.root = value("$", 1);
        skipSpace();
        if (pos_ < text_.size()) fail("$", "expected the end of the file after the JSON value, found " + found());
        return parsed;
    }

private:
    [[noreturn]] void fail(const std::string& path, const std::string& message) const {
        throw SyntaxError(pos_, path, message);
    }
    [[noreturn]] void failAt(std::size_t offset, const std::string& path, const std::string& message) {
        pos_ = offset;
        fail(path, message);
    }

    // The text at pos_, for "found ...": a word of the line quoted, or what
    // the character is when it cannot be shown as it is.
    std::string found() const {
        if (pos_ >= text_.size()) return "the end of the file";
        std::size_t next = pos_;
        const std::optional<char32_t> c = base::nextCharacter(text_, next);
        if (!c) {
            char byte[8];
            std::snprintf(byte, sizeof byte, "0x%02X", static_cast<unsigned char>(text_[pos_]));
            return std::string("byte ") + byte + ", which is not UTF-8 (save the file as UTF-8)";
        }
        if (isCurlyQuote(*c))
            return std::string(text_.substr(pos_, next - pos_)) + " (" + codePoint(*c) +
                   "), a curly quote as word processors write it: JSON quotes only with the straight \"";
        if (*c < 0x20 || *c == 0x7F) return "the control character " + codePoint(*c);
        std::size_t end = pos_;
        for (int chars = 0; end < text_.size() && text_[end] != '\n' && text_[end] != '\r' && chars < 24; ++chars)
            if (!base::nextCharacter(text_, end)) break;
        return "'" + std::string(text_.substr(pos_, end - pos_)) + (end < text_.size() && text_[end] != '\n' ? "...'" : "'");
    }

    void skipSpace() {
        while (pos_ < text_.size() &&
               (text_[pos_] == ' ' || text_[pos_] == '\t' || text_[pos_] == '\n' || text_[pos_] == '\r'))
            ++pos_;
    }

    bool at(char c) const { return pos_ < text_.size() && text_[pos_] == c; }

    Poco::Dynamic::Var value(const std::string& path, std::size_t depth) {
        if (depth > maxDepth) fail(path, "nested deeper than " + std::to_string(maxDepth) + " levels");
        if (at('{')) return object(path, depth);
        if (at('[')) return array(path, depth);
        if (at('"')) return string(path);
        if (at('-') || (pos_ < text_.size() && text_[pos_] >= '0' && text_[pos_] <= '9')) return number(path);
        for (const auto& [word, var] : {std::pair<std::string_view, Poco::Dynamic::Var>{"true", true},
                                        {"false", false}, {"null", Poco::Dynamic::Var()}})
            if (text_.substr(pos_).starts_with(word)) {
                pos_ += word.size();
                return var;
            }
        fail(path, "expected a value (a string, number, object, array, true, false or null), found " + found());
    }

    Poco::Dynamic::Var object(const std::string& path, std::size_t depth) {
        Poco::JSON::Object::Ptr object = new Poco::JSON::Object(Poco::JSON_PRESERVE_KEY_ORDER);
        ++pos_;
        skipSpace();
        if (at('}')) {
            ++pos_;
            return object;
        }
        for (;;) {
            if (!at('"')) fail(path, "expected a key in double quotes, found " + found());
            const std::size_t keyAt = pos_;
            const std::string key = string(path);
            const std::string member = childPath(path, key);
            if (object->has(key)) {
                const base::TextPosition first = base::TextPosition::at(text_, offsets_->at(member));
                failAt(keyAt, member, "duplicate key \"" + key + "\", already given at line " + std::to_string(first.line) +
                                 ", column " + std::to_string(first.column) + ": only one may stay");
            }
            (*offsets_)[member] = keyAt;
            skipSpace();
            if (!at(':')) fail(member, "expected ':' after the key \"" + key + "\", found " + found());
            ++pos_;
            skipSpace();
            object->set(key, value(member, depth + 1));
            skipSpace();
            if (at('}')) {
                ++pos_;
                return object;
            }
            if (!at(',')) fail(member, "expected ',' or '}' after the value of \"" + key + "\", found " + found());
            ++pos_;
            skipSpace();
        }
    }

    Poco::Dynamic::Var array(const std::string& path, std::size_t depth) {
        Poco::JSON::Array::Ptr array = new Poco::JSON::Array();
        ++pos_;
        skipSpace();
        if (at(']')) {
            ++pos_;
            return array;
        }
        for (;;) {
            const std::string item = itemPath(path, array->size());
            (*offsets_)[item] = pos_;
            array->add(value(item, depth + 1));
            skipSpace();
            if (at(']')) {
                ++pos_;
                return array;
            }
            if (!at(',')) fail(item, "expected ',' or ']' after an item of the list, found " + found());
            ++pos_;
            skipSpace();
        }
    }

    unsigned hexDigits(const std::string& path) {
        unsigned unit = 0;
        for (int i = 0; i < 4; ++i, ++pos_) {
            const char c = pos_ < text_.size() ? text_[pos_] : '\0';
            const int digit = c >= '0' && c <= '9' ? c - '0'
                              : c >= 'a' && c <= 'f' ? c - 'a' + 10
                              : c >= 'A' && c <= 'F' ? c - 'A' + 10
                                                     : -1;
            if (digit < 0) fail(path, "expected 4 hexadecimal digits after \\u, found " + found());
            unit = unit * 16 + static_cast<unsigned>(digit);
        }
        return unit;
    }

    // After "\u": a character, from a pair of them for one above U+FFFF.
    char32_t escapedCharacter(const std::string& path) {
        const std::size_t start = pos_ - 2;
        const unsigned unit = hexDigits(path);
        if (unit >= 0xDC00 && unit <= 0xDFFF) failAt(start, path, "a lone low surrogate " + codePoint(unit));
        if (unit < 0xD800 || unit > 0xDBFF) return unit;
        const std::string unpaired = "a high surrogate " + codePoint(unit) + " without its low one";
        if (!text_.substr(pos_).starts_with("\\u")) failAt(start, path, unpaired);
        pos_ += 2;
        const unsigned low = hexDigits(path);
        if (low < 0xDC00 || low > 0xDFFF) failAt(start, path, unpaired);
        return 0x10000 + ((unit - 0xD800) << 10) + (low - 0xDC00);
    }

    std::string string(const std::string& path) {
        const std::size_t opening = pos_++;
        std::string out;
        for (;;) {
            if (pos_ >= text_.size()) failAt(opening, path, "a string that never ends: its closing \" is missing");
            const char byte = text_[pos_];
            if (byte == '"') {
                ++pos_;
                return out;
            }
            const std::size_t start = pos_;
            char32_t c = 0;
            if (byte == '\\') {
                ++pos_;
                const char escape = pos_ < text_.size() ? text_[pos_] : '\0';
                ++pos_;
                switch (escape) {
                    case '"': c = '"'; break;
                    case '\\': c = '\\'; break;
                    case '/': c = '/'; break;
                    case 'b': c = '\b'; break;
                    case 'f': c = '\f'; break;
                    case 'n': c = '\n'; break;
                    case 'r': c = '\r'; break;
                    case 't': c = '\t'; break;
                    case 'u': c = escapedCharacter(path); break;
                    default:
                        failAt(start, path, "expected an escape (\\\" \\\\ \\/ \\b \\f \\n \\r \\t \\uXXXX), found " + found());
                }
            } else {
                const std::optional<char32_t> decoded = base::nextCharacter(text_, pos_);
                if (!decoded) fail(path, "invalid text in a string: " + found());
                if (*decoded < 0x20)
                    fail(path, "a line break or control character inside a string, " + codePoint(*decoded) +
                                   " (a string ends on the line it starts; write a line break as \\n)");
                c = *decoded;
            }
            base::appendUtf8(out, c);
        }
    }

    Poco::Dynamic::Var number(const std::string& path) {
        const std::size_t start = pos_;
        auto digits = [&] {
            const std::size_t first = pos_;
            while (pos_ < text_.size() && text_[pos_] >= '0' && text_[pos_] <= '9') ++pos_;
            return pos_ > first;
        };
        if (at('-')) ++pos_;
        const bool leadingZero = at('0');
        if (!digits()) fail(path, "expected a digit, found " + found());
        if (leadingZero && pos_ - start > (text_[start] == '-' ? 2u : 1u))
            failAt(start, path, "a number with a leading zero: " + found());
        bool integral = true;
        if (at('.')) {
            ++pos_;
            integral = false;
            if (!digits()) fail(path, "expected a digit after the decimal point, found " + found());
        }
        if (at('e') || at('E')) {
            ++pos_;
            integral = false;
            if (at('+') || at('-')) ++pos_;
            if (!digits()) fail(path, "expected a digit in the exponent, found " + found());
        }
        const std::string literal(text_.substr(start, pos_ - start));
        if (integral && literal.size() < 18) return static_cast<Poco::Int64>(std::stoll(literal));
        // Not std::stod, which throws on a number beyond a double's range
        // (1e400), and also on one too small for it (1e-400), which is 0.
        errno = 0;
        const double number = std::strtod(literal.c_str(), nullptr);
        if (errno == ERANGE && std::isinf(number)) failAt(start, path, "a number too large: " + literal);
        return number;
    }

    std::string_view text_;
    std::size_t pos_ = 0;
    std::map<std::string, std::size_t, std::less<>>* offsets_ = nullptr;
};

}  // namespace

std::size_t ParsedJson::offsetOf(std::string_view path) const {
    for (std::string_view holder = path; !holder.empty();) {
        if (const auto found = offsets.find(holder); found != offsets.end()) return found->second;
        const std::size_t member = holder.rfind('.'), item = holder.rfind('[');
        if (member == std::string_view::npos && item == std::string_view::npos) break;
        holder = holder.substr(0, member == std::string_view::npos ? item
                                  : item == std::string_view::npos ? member
                                                                   : std::max(member, item));
    }
    const auto root = offsets.find("$");
    return root == offsets.end() ? 0 : root->second;
}

ParsedJson parseJson(std::string_view text) { return Parser(text).parse(); }

}  // namespace wop::model::json
