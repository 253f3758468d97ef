#include "template/tag_scan.h"

#include <cctype>
#include <tuple>

namespace wop::tmpl {
namespace {

// "=<% %>=" -> the new opening and closing delimiters, as kainjow parses them.
std::optional<std::pair<std::string, std::string>> delimiters(const std::string& contents) {
    if (contents.size() < 5 || contents.back() != '=') return std::nullopt;
    const std::string inner = trimmed(contents.substr(1, contents.size() - 2));
    const size_t space = inner.find(' ');
    if (space == std::string::npos) return std::nullopt;
    std::string opening = inner.substr(0, space);
    std::string closing = inner.substr(inner.find_first_not_of(' ', space + 1));
    for (const std::string* d : {&opening, &closing})
        for (char c : *d)
            if (c == '=' || std::isspace(static_cast<unsigned char>(c))) return std::nullopt;
    return std::make_pair(opening, closing);
}

}  // namespace

std::string trimmed(const std::string& s) {
    auto isSpace = [](char c) { return std::isspace(static_cast<unsigned char>(c)) != 0; };
    size_t begin = 0, end = s.size();
    while (begin < end && isSpace(s[begin])) ++begin;
    while (end > begin && isSpace(s[end - 1])) --end;
    return s.substr(begin, end - begin);
}

bool Tag::isVariable() const {
    return opening != "{{{" && !contents.empty() && std::string("#^/>&{!=").find(contents[0]) == std::string::npos;
}

Scan scanTags(const std::string& text) {
    std::string opening = "{{", closing = "}}";
    Scan scan;
    for (size_t at = text.find(opening); at != std::string::npos;) {
        const bool braces = opening == "{{" && closing == "}}";
        const bool triple = braces && at + 2 < text.size() && text[at + 2] == '{';
        const size_t start = at + opening.size() + (triple ? 1 : 0);
        const std::string end = triple ? "}}}" : closing;
        const size_t stop = text.find(end, start);
        if (stop == std::string::npos) {
            scan.error.emplace(at, "Unclosed tag");
            break;
        }
        Tag tag{at, stop + end.size(), triple ? "{{{" : opening, trimmed(text.substr(start, stop - start)), braces,
                braces};
        // A tag that holds the next one's opening lacks its closing: kainjow
        // would read on to the next tag's end, a section's name swallowing
        // the text between, and blame where the sections stop matching. A
        // comment may quote tags.
        if (text.find(opening, start) < stop && tag.contents.rfind('!', 0) != 0) {
            scan.error.emplace(at, "tag not closed before the next " + opening + ": is a \"" + closing +
                                       "\" missing?");
            break;
        }
        at = tag.end;
        if (!triple && !tag.contents.empty() && tag.contents[0] == '=') {
            auto changed = delimiters(tag.contents);
            if (!changed) {
                scan.error.emplace(tag.offset, "Invalid set delimiter tag");
                break;
            }
            std::tie(opening, closing) = *changed;
            tag.bracesAfter = opening == "{{" && closing == "}}";
        }
        scan.tags.push_back(std::move(tag));
        at = text.find(opening, at);
    }
    scan.endsUnderBraces = opening == "{{" && closing == "}}";
    return scan;
}

}  // namespace wop::tmpl
