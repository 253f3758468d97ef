#include "template/source_marks.h"

#include "base/text_position.h"

namespace wop::tmpl {
namespace {

// Control characters: a template that writes them in a tag is no template.
constexpr char lineMark = '\x1F';
constexpr char variableMark = '\x1E';

}  // namespace

std::string withSourceMarks(const std::string& file, const std::string& text, const std::vector<Tag>& tags,
                            SourceLines& sources) {
    auto source = [&](const base::TextPosition& at, int column) {
        sources.push_back({file, at.line, column});
        return std::to_string(sources.size() - 1);
    };
    auto markLine = [&](std::string& out, const base::TextPosition& at) {
        const std::string n = source(at, 0);
        out += "{{#";
        out += lineMark + n + "}}{{/";
        out += lineMark + n + "}}";
    };
    std::string out;
    out.reserve(text.size() + text.size() / 2);
    base::TextPosition position;
    bool braces = true, lineStart = true;
    auto tag = tags.begin();
    for (size_t i = 0; i < text.size();) {
        if (lineStart && braces) markLine(out, position);
        lineStart = false;
        if (tag == tags.end() || i != tag->offset) {
            lineStart = text[i] == '\n';
            position.advance(text[i]);
            out += text[i++];
            continue;
        }
        const std::string_view tagText(text.data() + tag->offset, tag->end - tag->offset);
        if (tag->isVariable()) {
            out += tag->opening;
            out += variableMark + source(position, position.column);
            out += variableMark;
            out += tagText.substr(tag->opening.size());
        } else {
            out += tagText;
        }
        for (char c : tagText) position.advance(c);
        i = tag->end;
        // What follows a partial on its line is the including file's again.
        if (tag->opening != "{{{" && !tag->contents.empty() && tag->contents[0] == '>' && tag->bracesAfter)
            markLine(out, position);
        braces = (tag++)->bracesAfter;
    }
    return out;
}

MarkedName readMarkedName(const std::string& name) {
    if (name.empty() || (name[0] != lineMark && name[0] != variableMark)) return {MarkedName::Kind::Plain, 0, name};
    size_t end = 1;
    std::uint32_t source = 0;
    while (end < name.size() && name[end] >= '0' && name[end] <= '9')
        source = source * 10 + static_cast<std::uint32_t>(name[end++] - '0');
    if (name[0] == lineMark) return {MarkedName::Kind::Line, source, {}};
    return {MarkedName::Kind::Variable, source, trimmed(name.substr(end + 1))};
}

}  // namespace wop::tmpl
