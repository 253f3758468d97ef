#include "template/template_set.h"

#include <algorithm>
#include <cctype>
#include <cstdio>
#include <fstream>
#include <iterator>
#include <mutex>
#include <optional>
#include <tuple>
#include <vector>

#include "base/escape.h"
#include "base/text_position.h"
#include "base/utf8.h"
#include "template/mustache_data.h"

namespace wop::tmpl {

TemplateError::TemplateError(const std::string& file, int line, int column, const std::string& message)
    : std::runtime_error(file + (line > 0 ? ":" + std::to_string(line) + ":" + std::to_string(column) : std::string()) +
                         ": " + message),
      file_(file),
      line_(line),
      column_(column) {}

namespace {

constexpr size_t maxTemplateBytes = 1 << 20;
// What one document may make: far above any real document, low enough that
// a runaway template (partials that fan out, sections in sections) stops
// with an error instead of eating the machine's memory or time.
constexpr size_t maxOutputBytes = 8 << 20;
constexpr size_t maxPartialExpansions = 100000;
// kainjow parses and renders nested sections and partials recursively (and
// copies a section's text once per level): deeper nesting would overflow
// the stack or fill the memory. Real templates nest 4 sections and 3
// partials deep.
constexpr size_t maxSectionDepth = 32;
constexpr size_t maxPartialDepth = 16;

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

// A name read from a template, fit to quote on one line of an error.
std::string printable(const std::string& name) {
    std::string out;
    for (char c : name) {
        const auto byte = static_cast<unsigned char>(c);
        if (byte >= 0x20 && byte != 0x7F) {
            out += c;
            continue;
        }
        char escaped[8];
        std::snprintf(escaped, sizeof escaped, "\\x%02X", byte);
        out += escaped;
    }
    return out;
}

std::string trimmed(const std::string& s) {
    auto isSpace = [](char c) { return std::isspace(static_cast<unsigned char>(c)) != 0; };
    size_t begin = 0, end = s.size();
    while (begin < end && isSpace(s[begin])) ++begin;
    while (end > begin && isSpace(s[end - 1])) --end;
    return s.substr(begin, end - begin);
}

// One tag as kainjow reads it.
struct Tag {
    size_t offset;          // of its opening delimiter
    size_t end;             // just past its closing delimiter
    std::string opening;    // "{{", "{{{" or a delimiter the template set
    std::string contents;   // between the delimiters, trimmed as kainjow trims it
    bool underBraces;       // read while the delimiters were {{ }}
};

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

// Every tag of a template, found the way kainjow finds them (trimmed
// contents, delimiters changed by {{=<% %>=}}), so that the checks below see
// exactly the tags that will be rendered. A tag without its closing
// delimiter, or a delimiter change kainjow cannot read, ends the scan: it is
// an error at that offset.
struct Scan {
    std::vector<Tag> tags;
    std::optional<std::pair<size_t, std::string>> error;  // offset, message
    bool endsUnderBraces = true;                          // the delimiters are {{ }} again at the end
};

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
        Tag tag{at, stop + end.size(), triple ? "{{{" : opening, trimmed(text.substr(start, stop - start)), braces};
        at = tag.end;
        if (!triple && !tag.contents.empty() && tag.contents[0] == '=') {
            auto changed = delimiters(tag.contents);
            if (!changed) {
                scan.error.emplace(tag.offset, "Invalid set delimiter tag");
                break;
            }
            std::tie(opening, closing) = *changed;
        }
        scan.tags.push_back(std::move(tag));
        at = text.find(opening, at);
    }
    scan.endsUnderBraces = opening == "{{" && closing == "}}";
    return scan;
}

// The template's structure as kainjow's parser judges it, and in the order
// it reports faults, without its cost (it reads a template a character at a
// time, copying as it goes): a section closed that is not open, a tag not
// closed, a section not closed (or closed under another name); and sections
// nested deeper than kainjow can take.
void rejectBadStructure(const std::string& path, const std::string& text, const Scan& scan) {
    auto fail = [&](size_t offset, const std::string& message) {
        const base::TextPosition p = base::TextPosition::at(text, offset);
        throw TemplateError(path, p.line, p.column, message);
    };
    struct Section {
        std::string name;
        size_t offset;
    };
    std::vector<Section> open;
    std::optional<Section> firstUnclosed;
    auto unclosed = [&](const Section& section) {
        if (!firstUnclosed || section.offset < firstUnclosed->offset) firstUnclosed = section;
    };
    for (const Tag& tag : scan.tags) {
        if (tag.opening == "{{{" || tag.contents.empty()) continue;
        const char kind = tag.contents[0];
        if (kind != '#' && kind != '^' && kind != '/') continue;
        Section section{trimmed(tag.contents.substr(1)), tag.offset};
        if (kind != '/') {
            open.push_back(std::move(section));
            if (open.size() > maxSectionDepth)
                fail(tag.offset, "sections nested more than " + std::to_string(maxSectionDepth) + " deep");
            continue;
        }
        if (open.empty()) fail(tag.offset, "Unopened section \"" + printable(section.name) + "\"");
        if (open.back().name != section.name) unclosed(open.back());
        open.pop_back();
    }
    if (scan.error) fail(scan.error->first, scan.error->second);
    for (const Section& section : open) unclosed(section);
    if (firstUnclosed) fail(firstUnclosed->offset, "Unclosed section \"" + printable(firstUnclosed->name) + "\"");
}

// Unescaped tags would let a data value write markup into a document.
void rejectUnescapedTags(const std::string& path, const std::string& text, const std::vector<Tag>& tags) {
    for (const Tag& tag : tags) {
        const bool ampersand = tag.opening != "{{{" && !tag.contents.empty() && tag.contents[0] == '&';
        if (tag.opening == "{{{" || ampersand) {
            const base::TextPosition p = base::TextPosition::at(text, tag.offset);
            throw TemplateError(path, p.line, p.column,
                                "unescaped tag " + tag.opening + (ampersand ? "&" : "") +
                                    " is not allowed: use {{name}}");
        }
    }
}

struct PartialReference {
    std::string name;
    size_t offset;  // of the tag
    size_t end;     // just past it
    bool underBraces;
};

std::vector<PartialReference> partialReferences(const std::vector<Tag>& tags) {
    std::vector<PartialReference> references;
    for (const Tag& tag : tags)
        if (tag.opening != "{{{" && !tag.contents.empty() && tag.contents[0] == '>')
            references.push_back({trimmed(tag.contents.substr(1)), tag.offset, tag.end, tag.underBraces});
    return references;
}

// The digits a template writes outside its tags and markup, written from
// `zero` instead of '0': clause numbers typed in an Urdu template then take
// the Urdu digits the context gives every other number. Mustache tags,
// markup tags and character references keep their digits: they are read,
// not printed (so `&#49;` stays a Western 1 in any document).
std::string withLiteralDigits(const std::string& text, const std::vector<Tag>& tags, char32_t zero) {
    std::string out;
    out.reserve(text.size() + text.size() / 8);
    bool inMarkupTag = false, inReference = false;
    auto tag = tags.begin();
    for (size_t i = 0; i < text.size();) {
        if (tag != tags.end() && i == tag->offset) {
            out.append(text, i, tag->end - i);
            i = (tag++)->end;
            continue;
        }
        const char c = text[i++];
        if (inReference) inReference = c == '#' || std::isalnum(static_cast<unsigned char>(c));
        if (inMarkupTag) {
            inMarkupTag = c != '>';
        } else if (c == '<') {
            inMarkupTag = true;
        } else if (c == '&') {
            inReference = true;
        } else if (c >= '0' && c <= '9' && !inReference) {
            base::appendUtf8(out, zero + static_cast<char32_t>(c - '0'));
            continue;
        }
        out += c;
    }
    return out;
}

// A file as read and scanned at load.
struct LoadedFile {
    std::string path;
    std::string text;
    std::vector<PartialReference> references;
    bool endsUnderBraces;
};
using LoadedFiles = std::map<std::string, LoadedFile, std::less<>>;

// Templates with their partials written in where kainjow would expand them,
// so that kainjow parses a template once instead of each partial at each
// inclusion. kainjow reads a partial on its own, from {{ }}, and goes on
// with the including text as before; written in, the partial reads the same
// where {{ }} are the delimiters on both sides of it, and where neither of
// its ends meets a '{' to make a new "{{". Elsewhere the tag stays, and
// kainjow expands it when rendering. Each partial is composed once; the
// text a template grows to is bounded.
class Composer {
public:
    explicit Composer(const LoadedFiles& partials) : partials_(partials) {}

    std::string compose(const LoadedFile& file) {
        std::string out;
        size_t copied = 0;
        for (const PartialReference& reference : file.references) {
            const LoadedFile& partial = partials_.at(reference.name);
            const std::string& text = composedPartial(partial);
            const std::string_view before(file.text.data(), reference.offset);
            const std::string_view after(file.text.data() + reference.end, file.text.size() - reference.end);
            if (!reference.underBraces || !partial.endsUnderBraces || !joinsSafely(before, text, after)) continue;
            out.append(file.text, copied, reference.offset - copied);
            out += text;
            copied = reference.end;
            checkSize(file, out);
        }
        out.append(file.text, copied);
        checkSize(file, out);
        return out;
    }

private:
    static void checkSize(const LoadedFile& file, const std::string& composed) {
        if (composed.size() > maxOutputBytes)
            throw TemplateError(file.path, 0, 0, "its partials expand it to more than 8 MiB");
    }

    static bool joinsSafely(std::string_view before, std::string_view text, std::string_view after) {
        auto meet = [](std::string_view left, std::string_view right) {
            return !left.empty() && !right.empty() && left.back() == '{' && right.front() == '{';
        };
        return text.empty() ? !meet(before, after) : !meet(before, text) && !meet(text, after);
    }

    const std::string& composedPartial(const LoadedFile& partial) {
        auto known = composed_.find(partial.path);
        if (known != composed_.end()) return known->second;
        return composed_.emplace(partial.path, compose(partial)).first->second;
    }

    const LoadedFiles& partials_;
    std::map<std::string, std::string> composed_;  // by path
};

// Partials come from the template folder only: kainjow would also take a
// value of the data named like the partial, and render it as a template.
// Counting what is expanded stops partials that fan out without end.
class RenderContext : public kainjow::mustache::context<std::string> {
public:
    using Partials = std::map<std::string, kainjow::mustache::data, std::less<>>;
    RenderContext(const kainjow::mustache::data* data, const Partials& partials, const std::string& path)
        : kainjow::mustache::context<std::string>(data), partials_(partials), path_(path) {}

    const kainjow::mustache::data* get_partial(const std::string& name) const override {
        if (++expansions_ > maxPartialExpansions)
            throw TemplateError(path_, 0, 0, "more than " + std::to_string(maxPartialExpansions) +
                                                 " partials expanded: do the partials fan out without end?");
        auto it = partials_.find(name);
        return it == partials_.end() ? nullptr : &it->second;
    }

private:
    const Partials& partials_;
    const std::string& path_;
    mutable size_t expansions_ = 0;
};

// Receives the rendered markup as kainjow makes it, up to the limit.
struct BoundedOutput {
    const std::string& path;
    std::string text;

    BoundedOutput& operator<<(const std::string& piece) {
        if (text.size() + piece.size() > maxOutputBytes)
            throw TemplateError(path, 0, 0, "the document's markup grows over 8 MiB");
        text += piece;
        return *this;
    }
};

}  // namespace

// A template parsed at its first render. kainjow's render is not const only
// because it records errors in the template; rendering errs only through
// lambdas (the context has none) or a partial kainjow cannot parse (each was
// checked at load), so threads share the parsed template.
struct TemplateSet::Parsed {
    std::once_flag once;
    std::optional<kainjow::mustache::mustache> tmpl;
};

TemplateSet TemplateSet::load(const std::filesystem::path& dir, char32_t digitZero) {
    if (!std::filesystem::is_directory(dir))
        throw TemplateError(dir.string(), 0, 0, "no such template folder");
    auto readAll = [digitZero](const std::filesystem::path& folder) {
        LoadedFiles files;
        if (!std::filesystem::is_directory(folder)) return files;
        for (auto& entry : std::filesystem::directory_iterator(folder)) {
            if (entry.path().extension() != ".mustache") continue;
            LoadedFile file{entry.path().string(), readTemplate(entry.path()), {}, true};
            Scan scan = scanTags(file.text);
            rejectUnescapedTags(file.path, file.text, scan.tags);
            rejectBadStructure(file.path, file.text, scan);
            // Each digit stays one character: lines and columns of later errors hold.
            if (digitZero != U'0') {
                file.text = withLiteralDigits(file.text, scan.tags, digitZero);
                scan = scanTags(file.text);
            }
            file.references = partialReferences(scan.tags);
            file.endsUnderBraces = scan.endsUnderBraces;
            files.emplace(entry.path().stem().string(), std::move(file));
        }
        return files;
    };
    const LoadedFiles templates = readAll(dir);
    const LoadedFiles partials = readAll(dir / "partials");
    for (const LoadedFiles* group : {&templates, &partials}) {
        for (const auto& [name, file] : *group) {
            for (const PartialReference& reference : file.references) {
                if (!partials.count(reference.name)) {
                    const base::TextPosition p = base::TextPosition::at(file.text, reference.offset);
                    throw TemplateError(file.path, p.line, p.column,
                                        "no partial \"" + printable(reference.name) + "\" in " +
                                            (dir / "partials").string());
                }
            }
        }
    }
    // kainjow expands a partial that includes itself until the stack overflows.
    std::map<std::string, size_t> depths;  // partial -> how many partials deep it expands, itself included
    std::vector<std::string> expanding;    // the chain being followed, outermost first
    auto follow = [&](auto& self, const std::string& name) -> size_t {
        if (auto known = depths.find(name); known != depths.end()) return known->second;
        const LoadedFile& file = partials.at(name);
        expanding.push_back(name);
        size_t depth = 1;
        for (const PartialReference& reference : file.references) {
            const std::string& partial = reference.name;
            auto fail = [&](const std::string& message) {
                const base::TextPosition p = base::TextPosition::at(file.text, reference.offset);
                throw TemplateError(file.path, p.line, p.column, message);
            };
            auto loopStart = std::find(expanding.begin(), expanding.end(), partial);
            if (loopStart != expanding.end()) {
                std::string loop;
                for (auto it = loopStart; it != expanding.end(); ++it) loop += *it + " > ";
                fail("partial \"" + partial + "\" includes itself: " + loop + partial);
            }
            depth = std::max(depth, 1 + self(self, partial));
            if (depth > maxPartialDepth)
                fail("partials nested more than " + std::to_string(maxPartialDepth) + " deep");
        }
        expanding.pop_back();
        depths[name] = depth;
        return depth;
    };
    for (const auto& [name, file] : partials) follow(follow, name);

    TemplateSet set;
    set.dir_ = dir;
    Composer composer(partials);
    for (const auto& [name, file] : templates) {
        set.templates_.emplace(name, Template{file.path, composer.compose(file), std::make_shared<Parsed>()});
        set.files_.emplace(std::filesystem::path(file.path).lexically_relative(dir), file.text);
    }
    for (const auto& [name, file] : partials) {
        set.partials_.emplace(name, file.text);
        set.files_.emplace(std::filesystem::path(file.path).lexically_relative(dir), file.text);
    }
    return set;
}

bool TemplateSet::has(std::string_view name) const { return templates_.find(name) != templates_.end(); }

std::string TemplateSet::render(std::string_view name, const context::Value& values) const {
    auto it = templates_.find(name);
    if (it == templates_.end())
        throw TemplateError((dir_ / (std::string(name) + ".mustache")).string(), 0, 0, "no such template");
    const Template& tmpl = it->second;
    Parsed& parsed = *tmpl.parsed;
    std::call_once(parsed.once, [&] {
        parsed.tmpl.emplace(tmpl.composed);
        parsed.tmpl->set_custom_escape([](const std::string& value) { return base::escape(value); });
    });
    // The load's checks pass only what kainjow parses, partials written in or not.
    if (!parsed.tmpl->is_valid()) throw TemplateError(tmpl.path, 0, 0, parsed.tmpl->error_message());
    const kainjow::mustache::data data = mustacheData(values);
    RenderContext renderContext(&data, partials_, tmpl.path);
    BoundedOutput out{tmpl.path, {}};
    parsed.tmpl->render(renderContext, out);
    if (!parsed.tmpl->is_valid()) throw TemplateError(tmpl.path, 0, 0, parsed.tmpl->error_message());
    return std::move(out.text);
}

}  // namespace wop::tmpl
