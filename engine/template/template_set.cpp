#include "template/template_set.h"

#include <fstream>
#include <iterator>
#include <regex>
#include <sstream>

namespace wop::tmpl {

TemplateError::TemplateError(const std::string& file, int line, int column, const std::string& message)
    : std::runtime_error(file + (line > 0 ? ":" + std::to_string(line) + ":" + std::to_string(column) : std::string()) +
                         ": " + message),
      file_(file),
      line_(line),
      column_(column) {}

namespace {

constexpr size_t maxTemplateBytes = 1 << 20;

struct Position {
    int line = 1;
    int column = 1;
};

Position positionAt(const std::string& text, size_t offset) {
    Position p;
    for (size_t i = 0; i < offset && i < text.size(); ++i) {
        if (text[i] == '\n') {
            ++p.line;
            p.column = 1;
        } else if ((static_cast<unsigned char>(text[i]) & 0xC0) != 0x80) {
            ++p.column;
        }
    }
    return p;
}

std::string readTemplate(const std::filesystem::path& path) {
    std::error_code error;
    if (!std::filesystem::is_regular_file(path, error))
        throw TemplateError(path.string(), 0, 0, "cannot read the template: not a regular file");
    if (std::filesystem::file_size(path, error) > maxTemplateBytes)
        throw TemplateError(path.string(), 0, 0, "template larger than 1 MiB");
    std::ifstream in(path, std::ios::binary);
    std::string text((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
    if (!in || in.bad()) throw TemplateError(path.string(), 0, 0, "cannot read the template");
    return text;
}

// kainjow reports "... at OFFSET"; turn the offset into a line and column.
[[noreturn]] void failParse(const std::string& path, const std::string& text, const std::string& message) {
    static const std::regex at(R"((.*) at (\d+)$)");
    std::smatch m;
    if (std::regex_match(message, m, at)) {
        Position p = positionAt(text, std::stoul(m[2].str()));
        throw TemplateError(path, p.line, p.column, m[1].str());
    }
    throw TemplateError(path, 0, 0, message);
}

// Unescaped tags would let a data value write markup into a document.
void rejectUnescapedTags(const std::string& path, const std::string& text) {
    for (std::string_view tag : {"{{{", "{{&"}) {
        size_t offset = text.find(tag);
        if (offset != std::string::npos) {
            Position p = positionAt(text, offset);
            throw TemplateError(path, p.line, p.column,
                                "unescaped tag " + std::string(tag) + " is not allowed: use {{name}}");
        }
    }
}

std::vector<std::pair<std::string, size_t>> partialReferences(const std::string& text) {
    static const std::regex partial(R"(\{\{>\s*([^\s}]+)\s*\}\})");
    std::vector<std::pair<std::string, size_t>> names;
    for (auto it = std::sregex_iterator(text.begin(), text.end(), partial); it != std::sregex_iterator(); ++it)
        names.emplace_back((*it)[1].str(), static_cast<size_t>(it->position()));
    return names;
}

// Our own escape: the same characters as HTML, which are exactly the ones
// document markup gives meaning to.
std::string escapeMarkup(const std::string& value) {
    std::string out;
    out.reserve(value.size());
    for (char c : value) {
        switch (c) {
            case '&': out += "&amp;"; break;
            case '<': out += "&lt;"; break;
            case '>': out += "&gt;"; break;
            case '"': out += "&quot;"; break;
            case '\'': out += "&apos;"; break;
            default: out += c;
        }
    }
    return out;
}

}  // namespace

TemplateSet TemplateSet::load(const std::filesystem::path& dir) {
    if (!std::filesystem::is_directory(dir))
        throw TemplateError(dir.string(), 0, 0, "no such template folder");
    TemplateSet set;
    set.dir_ = dir;
    auto readAll = [](const std::filesystem::path& folder, auto& into) {
        if (!std::filesystem::is_directory(folder)) return;
        for (auto& entry : std::filesystem::directory_iterator(folder)) {
            if (entry.path().extension() != ".mustache") continue;
            Source source{entry.path().string(), readTemplate(entry.path())};
            rejectUnescapedTags(source.path, source.text);
            kainjow::mustache::mustache parsed(source.text);
            if (!parsed.is_valid()) failParse(source.path, source.text, parsed.error_message());
            into[entry.path().stem().string()] = std::move(source);
        }
    };
    readAll(dir, set.templates_);
    readAll(dir / "partials", set.partials_);
    for (auto* group : {&set.templates_, &set.partials_}) {
        for (auto& [name, source] : *group) {
            for (auto& [partial, offset] : partialReferences(source.text)) {
                if (!set.partials_.count(partial)) {
                    Position p = positionAt(source.text, offset);
                    throw TemplateError(source.path, p.line, p.column,
                                        "no partial \"" + partial + "\" in " + (dir / "partials").string());
                }
            }
        }
    }
    return set;
}

bool TemplateSet::has(std::string_view name) const { return templates_.find(name) != templates_.end(); }

std::string TemplateSet::render(std::string_view name, kainjow::mustache::data context) const {
    auto it = templates_.find(name);
    if (it == templates_.end())
        throw TemplateError((dir_ / (std::string(name) + ".mustache")).string(), 0, 0, "no such template");
    for (auto& [partialName, source] : partials_) {
        const std::string* text = &source.text;
        context.set(partialName, kainjow::mustache::partial([text]() { return *text; }));
    }
    kainjow::mustache::mustache tmpl(it->second.text);
    tmpl.set_custom_escape(escapeMarkup);
    std::string out = tmpl.render(context);
    if (!tmpl.is_valid()) failParse(it->second.path, it->second.text, tmpl.error_message());
    return out;
}

}  // namespace wop::tmpl
