#include "markup/parser.h"

#include <cmath>
#include <cstdlib>
#include <initializer_list>
#include <string_view>

#include "base/utf8.h"
#include "markup/xml_reader.h"

namespace wop::markup {

ParseError::ParseError(int line, int column, const std::string& message)
    : std::runtime_error("line " + std::to_string(line) + ", column " + std::to_string(column) + ": " + message),
      line_(line),
      column_(column) {}

namespace {

// Against runaway templates and hostile markup (docs/markup.md, "Limits"):
// each is far above what a real document holds.
constexpr size_t maxMarkupBytes = 8 << 20;
constexpr size_t maxBlockChars = 50000;  // the text of one paragraph, heading, list item or cell
constexpr size_t maxTableRows = 5000;

[[noreturn]] void fail(const XmlNode& node, const std::string& message) {
    throw ParseError(node.line, node.column, message);
}

// Rejects attributes the element does not have: a misspelt attribute would
// otherwise vanish from the printed document without a word.
void allowOnly(const XmlNode& node, std::initializer_list<std::string_view> allowed) {
    for (auto& [key, value] : node.attributes) {
        bool known = false;
        for (auto a : allowed) known = known || key == a;
        if (!known) fail(node, "<" + node.name + "> has no attribute \"" + key + "\"");
    }
}

std::string attribute(const XmlNode& node, std::string_view key, std::string fallback = {}) {
    for (auto& [k, v] : node.attributes)
        if (k == key) return v;
    return fallback;
}

Align parseAlign(const XmlNode& node) {
    std::string value = attribute(node, "align", "start");
    if (value == "start") return Align::Start;
    if (value == "end") return Align::End;
    if (value == "center") return Align::Center;
    if (value == "justify") return Align::Justify;
    fail(node, "align must be start, end, center or justify, not \"" + value + "\"");
}

double parseNumber(const XmlNode& node, const std::string& text) {
    char* end = nullptr;
    double value = std::strtod(text.c_str(), &end);
    if (text.empty() || *end != '\0' || !std::isfinite(value) || value < 0 || value > 10000)
        fail(node, "expected a number, found \"" + text + "\"");
    return value;
}

// A length: points, or with a unit, "12pt", "30mm", "2.5cm".
double parseLength(const XmlNode& node, std::string_view key) {
    std::string text = attribute(node, key);
    double scale = 1;
    for (auto [unit, points] : {std::pair{"pt", 1.0}, {"mm", 72 / 25.4}, {"cm", 72 / 2.54}}) {
        if (text.size() > 2 && text.ends_with(unit)) {
            text.resize(text.size() - 2);
            scale = points;
        }
    }
    const double length = parseNumber(node, text) * scale;
    if (length <= 0 || length > 1000)
        fail(node, std::string(key) + " must be a length from 0 to 1000 points, not \"" + attribute(node, key) + "\"");
    return length;
}

constexpr std::string_view digestScheme = "sha256:";

// <image src="sha256:…"/>; `inBlock` when it stands as a block, the only
// place where aligning it means something.
Image parseImage(const XmlNode& node, bool inBlock) {
    if (inBlock) allowOnly(node, {"src", "width", "height", "align"});
    else allowOnly(node, {"src", "width", "height"});
    if (!node.children.empty()) fail(node, "<image> must be empty: <image .../>");
    const std::string src = attribute(node, "src");
    const std::string_view digest = std::string_view(src).substr(std::min(src.size(), digestScheme.size()));
    const bool named = src.starts_with(digestScheme) && digest.size() == 64 &&
                       digest.find_first_not_of("0123456789abcdef") == std::string_view::npos;
    if (!named) fail(node, "src must name an image by its digest, \"sha256:\" and 64 hex digits, not \"" + src + "\"");
    Image image{std::string(digest)};
    if (!attribute(node, "width").empty()) image.width = parseLength(node, "width");
    if (!attribute(node, "height").empty()) image.height = parseLength(node, "height");
    image.align = parseAlign(node);
    if (image.align == Align::Justify) fail(node, "an image aligns to the start, the end or the center, not \"justify\"");
    return image;
}

// The one <image> a <letterhead> or <signature> may hold.
void setOnce(std::optional<Image>& image, const XmlNode& node, const XmlNode& container) {
    if (image) fail(node, "<" + container.name + "> holds at most one <image>");
    image = parseImage(node, false);
}

bool isBlank(const std::string& text) {
    return text.find_first_not_of(" \t\r\n") == std::string::npos;
}

// Inline content: text collapses its whitespace, as in HTML.
void collectInline(const XmlNode& node, bool bold, bool italic, Inline& out) {
    for (const XmlNode& child : node.children) {
        if (child.isText()) {
            std::string collapsed;
            for (char c : child.text) {
                bool space = c == ' ' || c == '\t' || c == '\n' || c == '\r';
                if (!space) collapsed += c;
                else if (collapsed.empty() || collapsed.back() != ' ') collapsed += ' ';
            }
            out.push_back({collapsed, bold, italic, false});
        } else if (child.name == "b" || child.name == "i") {
            allowOnly(child, {});
            collectInline(child, bold || child.name == "b", italic || child.name == "i", out);
        } else if (child.name == "br") {
            allowOnly(child, {});
            if (!child.children.empty()) fail(child, "<br> must be empty: <br/>");
            out.push_back({"", bold, italic, true});
        } else {
            fail(child, "<" + child.name + "> is not allowed inside <" + node.name + ">");
        }
    }
}

// Trims the spaces at the ends of a block and around line breaks.
Inline inlineContent(const XmlNode& node) {
    Inline spans;
    collectInline(node, false, false, spans);
    bool atLineStart = true;
    for (Span& span : spans) {
        if (span.lineBreak) {
            atLineStart = true;
            continue;
        }
        if (atLineStart && !span.text.empty() && span.text.front() == ' ') span.text.erase(0, 1);
        if (!span.text.empty()) atLineStart = span.text.back() == ' ';
    }
    bool beforeLineEnd = true;
    for (size_t i = spans.size(); i-- > 0;) {
        if (spans[i].lineBreak) {
            beforeLineEnd = true;
        } else if (!spans[i].text.empty()) {
            if (beforeLineEnd && spans[i].text.back() == ' ') spans[i].text.pop_back();
            beforeLineEnd = spans[i].text.empty();
        }
    }
    std::erase_if(spans, [](const Span& s) { return !s.lineBreak && s.text.empty(); });
    size_t chars = 0;
    for (const Span& span : spans) chars += base::countCharacters(span.text);
    if (chars > maxBlockChars)
        fail(node, "<" + node.name + "> holds " + std::to_string(chars) + " characters, more than the " +
                       std::to_string(maxBlockChars) + " one block may have");
    return spans;
}

// The element children of a container; only whitespace may stand between them.
std::vector<const XmlNode*> elements(const XmlNode& node, std::initializer_list<std::string_view> allowed) {
    std::vector<const XmlNode*> out;
    for (const XmlNode& child : node.children) {
        if (child.isText()) {
            if (!isBlank(child.text)) fail(child, "text is not allowed directly inside <" + node.name + ">");
            continue;
        }
        bool known = false;
        for (auto a : allowed) known = known || child.name == a;
        if (!known) fail(child, "<" + child.name + "> is not allowed inside <" + node.name + ">");
        out.push_back(&child);
    }
    return out;
}

std::string plainText(const XmlNode& node) {
    std::string text;
    for (const Span& span : inlineContent(node)) text += span.lineBreak ? " " : span.text;
    return text;
}

Table parseTable(const XmlNode& node) {
    allowOnly(node, {"widths", "border"});
    Table table;
    std::string border = attribute(node, "border", "grid");
    if (border != "grid" && border != "none") fail(node, "border must be grid or none, not \"" + border + "\"");
    table.grid = border == "grid";
    std::string widths = attribute(node, "widths");
    for (size_t start = 0; !widths.empty() && start <= widths.size();) {
        size_t comma = widths.find(',', start);
        if (comma == std::string::npos) comma = widths.size();
        double w = parseNumber(node, widths.substr(start, comma - start));
        if (w <= 0) fail(node, "column widths must be positive");
        table.widths.push_back(w);
        start = comma + 1;
    }
    size_t columns = table.widths.size();
    const std::vector<const XmlNode*> rows = elements(node, {"tr"});
    if (rows.size() > maxTableRows)
        fail(node, "the table has " + std::to_string(rows.size()) + " rows, more than the " +
                       std::to_string(maxTableRows) + " a table may have");
    for (const XmlNode* tr : rows) {
        allowOnly(*tr, {"header"});
        Row row;
        std::string header = attribute(*tr, "header", "no");
        if (header != "yes" && header != "no") fail(*tr, "header must be yes or no, not \"" + header + "\"");
        row.header = header == "yes";
        for (const XmlNode* td : elements(*tr, {"td", "th"})) {
            allowOnly(*td, {"align"});
            row.cells.push_back({inlineContent(*td), parseAlign(*td), td->name == "th"});
        }
        if (row.cells.empty()) fail(*tr, "a table row needs at least one cell");
        if (columns == 0) columns = row.cells.size();
        if (row.cells.size() != columns)
            fail(*tr, "row has " + std::to_string(row.cells.size()) + " cells, the table has " +
                          std::to_string(columns) + " columns");
        table.rows.push_back(std::move(row));
    }
    return table;
}

Block parseBlock(const XmlNode& node) {
    const std::string& n = node.name;
    if (n == "p") {
        allowOnly(node, {"align", "size"});
        std::string size = attribute(node, "size", "normal");
        if (size != "normal" && size != "small") fail(node, "size must be normal or small");
        return Paragraph{inlineContent(node), parseAlign(node), size == "small"};
    }
    if (n == "h1" || n == "h2" || n == "h3") {
        allowOnly(node, {});
        return Heading{n[1] - '0', inlineContent(node)};
    }
    if (n == "ul" || n == "ol") {
        allowOnly(node, {});
        List list{n == "ol", {}};
        for (const XmlNode* li : elements(node, {"li"})) {
            allowOnly(*li, {});
            list.items.push_back(inlineContent(*li));
        }
        return list;
    }
    if (n == "table") return parseTable(node);
    if (n == "signatures") {
        allowOnly(node, {});
        Signatures signatures;
        for (const XmlNode* s : elements(node, {"signature"})) {
            allowOnly(*s, {"label", "name", "title", "org", "date-label", "role"});
            Signature signature{attribute(*s, "label"), attribute(*s, "name"), attribute(*s, "title"),
                                attribute(*s, "org"),   attribute(*s, "date-label"), attribute(*s, "role"), {}};
            for (const XmlNode* seal : elements(*s, {"image"})) setOnce(signature.seal, *seal, *s);
            signatures.items.push_back(std::move(signature));
        }
        return signatures;
    }
    if (n == "letterhead") {
        allowOnly(node, {});
        Letterhead letterhead;
        for (const XmlNode* part : elements(node, {"image", "org", "line"})) {
            if (part->name == "image") {
                setOnce(letterhead.logo, *part, node);
                continue;
            }
            allowOnly(*part, {});
            if (part->name == "org") letterhead.organisation = plainText(*part);
            else letterhead.lines.push_back(plainText(*part));
        }
        return letterhead;
    }
    if (n == "image") return parseImage(node, true);
    if (n == "space" || n == "hr" || n == "pagebreak") {
        if (!node.children.empty()) fail(node, "<" + n + "> must be empty: <" + n + "/>");
        if (n == "space") {
            allowOnly(node, {"pt"});
            return Space{parseNumber(node, attribute(node, "pt", "12"))};
        }
        allowOnly(node, {});
        if (n == "hr") return Rule{};
        return PageBreak{};
    }
    fail(node, "unknown element <" + n + ">");
}

}  // namespace

Document parse(std::string_view markup) {
    if (markup.size() > maxMarkupBytes)
        throw ParseError(1, 1, "the markup is larger than " + std::to_string(maxMarkupBytes >> 20) + " MiB");
    XmlNode root = readXml(markup);
    if (root.name != "document") fail(root, "the root element must be <document>, not <" + root.name + ">");
    allowOnly(root, {"lang", "title", "subject", "author", "keywords", "reference", "date", "watermark",
                     "page-label", "code-label", "verify-label", "digits", "status"});
    Document doc;
    doc.lang = attribute(root, "lang", "en");
    if (doc.lang != "en" && doc.lang != "ur") fail(root, "lang must be en or ur, not \"" + doc.lang + "\"");
    doc.title = attribute(root, "title");
    doc.subject = attribute(root, "subject");
    doc.author = attribute(root, "author");
    doc.keywords = attribute(root, "keywords");
    doc.reference = attribute(root, "reference");
    doc.date = attribute(root, "date");
    doc.watermark = attribute(root, "watermark");
    const std::string status = attribute(root, "status", "draft");
    if (status != "draft" && status != "final") fail(root, "status must be draft or final, not \"" + status + "\"");
    doc.final = status == "final";
    doc.pageLabel = attribute(root, "page-label");
    doc.codeLabel = attribute(root, "code-label");
    doc.verifyLabel = attribute(root, "verify-label");
    doc.digits = attribute(root, "digits", "latn");
    if (doc.digits.empty()) doc.digits = "latn";
    if (doc.digits != "latn" && doc.digits != "arabext")
        fail(root, "digits must be latn or arabext, not \"" + doc.digits + "\"");
    for (const XmlNode* child : elements(root, {"p", "h1", "h2", "h3", "ul", "ol", "table", "signatures",
                                                 "letterhead", "image", "space", "hr", "pagebreak"}))
        doc.blocks.push_back(parseBlock(*child));
    return doc;
}

}  // namespace wop::markup
