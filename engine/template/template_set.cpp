#include "template/template_set.h"

#include <algorithm>
#include <cctype>
#include <cstdio>
#include <fstream>
#include <iterator>
#include <mutex>
#include <optional>
#include <vector>

#include "base/escape.h"
#include "base/text_position.h"
#include "base/utf8.h"
#include "template/mustache_data.h"
#include "template/render_context.h"
#include "template/source_marks.h"
#include "template/tag_scan.h"

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

// A section's tag written with one opening brace ("{#name}}"), which
// kainjow reads as text, between `from` and `to`: where an unopened or
// unclosed section comes from.
std::optional<size_t> oneBraceTag(const std::string& text, const std::string& tag, size_t from, size_t to) {
    const std::string written = "{" + tag + "}}";
    for (size_t at = text.find(written, from); at != std::string::npos && at < to; at = text.find(written, at + 1))
        if (at == 0 || text[at - 1] != '{') return at;
    return std::nullopt;
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
        if (open.empty()) {
            for (const char* opening : {"#", "^"})
                if (auto typo = oneBraceTag(text, opening + section.name, 0, tag.offset))
                    fail(*typo, "section \"" + printable(section.name) + "\" opened with one brace: is a \"{\" missing?");
            fail(tag.offset, "Unopened section \"" + printable(section.name) + "\"");
        }
        if (open.back().name != section.name) unclosed(open.back());
        open.pop_back();
    }
    if (scan.error) fail(scan.error->first, scan.error->second);
    for (const Section& section : open) unclosed(section);
    if (firstUnclosed) {
        if (auto typo = oneBraceTag(text, "/" + firstUnclosed->name, firstUnclosed->offset, text.size()))
            fail(*typo, "section \"" + printable(firstUnclosed->name) + "\" closed with one brace: is a \"{\" missing?");
        fail(firstUnclosed->offset, "Unclosed section \"" + printable(firstUnclosed->name) + "\"");
    }
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

// The render reads names that start with these as its marks (source_marks.h).
void rejectMarkCharacters(const std::string& path, const std::string& text, const std::vector<Tag>& tags) {
    for (const Tag& tag : tags) {
        if (tag.contents.find_first_of("\x1E\x1F") == std::string::npos) continue;
        const base::TextPosition p = base::TextPosition::at(text, tag.offset);
        throw TemplateError(path, p.line, p.column, "a tag may not hold the control characters \\x1E or \\x1F");
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
    std::string text;                           // as read, its digits set
    std::vector<PartialReference> references;  // in text
    bool endsUnderBraces;
    std::string marked;  // text with its source marks (source_marks.h): what is rendered
    std::vector<PartialReference> markedReferences;
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
        for (const PartialReference& reference : file.markedReferences) {
            const LoadedFile& partial = partials_.at(reference.name);
            const std::string& text = composedPartial(partial);
            const std::string_view before(file.marked.data(), reference.offset);
            const std::string_view after(file.marked.data() + reference.end, file.marked.size() - reference.end);
            if (!reference.underBraces || !partial.endsUnderBraces || !joinsSafely(before, text, after)) continue;
            out.append(file.marked, copied, reference.offset - copied);
            out += text;
            copied = reference.end;
            checkSize(file, out);
        }
        out.append(file.marked, copied);
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

}  // namespace

// A template parsed at its first render. kainjow's render is not const only
// because it records errors in the template; rendering errs only through
// lambdas (the context has none) or a partial kainjow cannot parse (each was
// checked at load), so threads share the parsed template. An unknown name
// throws from the render's own context, and leaves the template as it was.
struct TemplateSet::Parsed {
    std::once_flag once;
    std::optional<kainjow::mustache::mustache> tmpl;
};

TemplateSet TemplateSet::load(const std::filesystem::path& dir, char32_t digitZero) {
    if (!std::filesystem::is_directory(dir))
        throw TemplateError(dir.string(), 0, 0, "no such template folder");
    auto sources = std::make_shared<SourceLines>();
    auto readAll = [digitZero, &sources](const std::filesystem::path& folder) {
        LoadedFiles files;
        if (!std::filesystem::is_directory(folder)) return files;
        for (auto& entry : std::filesystem::directory_iterator(folder)) {
            if (entry.path().extension() != ".mustache") continue;
            LoadedFile file{entry.path().string(), readTemplate(entry.path()), {}, true, {}, {}};
            Scan scan = scanTags(file.text);
            rejectUnescapedTags(file.path, file.text, scan.tags);
            rejectMarkCharacters(file.path, file.text, scan.tags);
            rejectBadStructure(file.path, file.text, scan);
            // Each digit stays one character: lines and columns of later errors hold.
            if (digitZero != U'0') {
                file.text = withLiteralDigits(file.text, scan.tags, digitZero);
                scan = scanTags(file.text);
            }
            file.references = partialReferences(scan.tags);
            file.endsUnderBraces = scan.endsUnderBraces;
            file.marked = withSourceMarks(file.path, file.text, scan.tags, *sources);
            file.markedReferences = partialReferences(scanTags(file.marked).tags);
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
    set.sources_ = std::move(sources);
    Composer composer(partials);
    for (const auto& [name, file] : templates) {
        set.templates_.emplace(name, Template{file.path, composer.compose(file), std::make_shared<Parsed>()});
        set.files_.emplace(std::filesystem::path(file.path).lexically_relative(dir), file.text);
    }
    for (const auto& [name, file] : partials) {
        set.partials_.emplace(name, file.marked);
        set.files_.emplace(std::filesystem::path(file.path).lexically_relative(dir), file.text);
    }
    return set;
}

bool TemplateSet::has(std::string_view name) const { return templates_.find(name) != templates_.end(); }

Rendered TemplateSet::render(std::string_view name, const context::Value& values, UnknownNames unknownNames) const {
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
    RenderContext renderContext(&data, partials_, *sources_, tmpl.path, unknownNames);
    BoundedOutput out(renderContext, sources_, maxOutputBytes);
    parsed.tmpl->render(renderContext, out);
    if (!parsed.tmpl->is_valid()) throw TemplateError(tmpl.path, 0, 0, parsed.tmpl->error_message());
    return out.finish();
}

}  // namespace wop::tmpl
