#include "markup/text_units.h"

namespace wop::markup {

namespace {

// Joins the non-empty parts, collapsing whitespace: a <br/> reads as a space.
class Line {
public:
    Line& add(const std::string& part, std::string_view separator = " ") {
        std::string collapsed;
        for (char c : part) {
            const bool space = c == ' ' || c == '\t' || c == '\n' || c == '\r';
            if (!space) collapsed += c;
            else if (!collapsed.empty() && collapsed.back() != ' ') collapsed += ' ';
        }
        while (!collapsed.empty() && collapsed.back() == ' ') collapsed.pop_back();
        if (collapsed.empty()) return *this;
        if (!text_.empty()) text_ += separator;
        text_ += collapsed;
        return *this;
    }
    Line& add(const Inline& content, std::string_view separator = " ") {
        std::string joined;
        for (const Span& span : content) joined += span.lineBreak ? " " : span.text;
        return add(joined, separator);
    }
    const std::string& text() const { return text_; }

private:
    std::string text_;
};

// An image as a reader of two versions tells them apart: by the start of its digest.
std::string imageText(const Image& image) { return "image " + image.sha256.substr(0, 12); }

class Flattener {
public:
    void attribute(const char* name, const std::string& value) { add(name, Line().add(value)); }

    void block(const Block& block) {
        std::visit([this](const auto& b) { visit(b); }, block);
    }

    std::vector<TextUnit> units;

private:
    void add(const std::string& section, const Line& line) {
        if (!line.text().empty()) units.push_back({section, line.text()});
    }

    void visit(const Heading& heading) {
        const Line line = Line().add(heading.content);
        add(section_, line);
        section_ = line.text();
    }
    void visit(const Paragraph& paragraph) { add(section_, Line().add(paragraph.content)); }
    void visit(const List& list) {
        for (const Inline& item : list.items) add(section_, Line().add(item));
    }
    void visit(const Table& table) {
        for (const Row& row : table.rows) {
            Line line;
            for (const Cell& cell : row.cells) line.add(cell.content, " | ");
            add(section_, line);
        }
    }
    void visit(const Signatures& signatures) {
        for (const Signature& s : signatures.items) {
            Line line = Line().add(s.label).add(s.name, ", ").add(s.title, ", ").add(s.organisation, ", ");
            if (s.seal) line.add("seal " + imageText(*s.seal), ", ");
            add(section_, line);
        }
    }
    void visit(const Letterhead& letterhead) {
        Line line;
        line.add(letterhead.organisation);
        for (const std::string& text : letterhead.lines) line.add(text, ", ");
        if (letterhead.logo) line.add("logo " + imageText(*letterhead.logo), ", ");
        add(section_, line);
    }
    void visit(const Image& image) { add(section_, Line().add(imageText(image))); }
    template <typename Textless>
    void visit(const Textless&) {}

    std::string section_;
};

}  // namespace

std::vector<TextUnit> textUnits(const Document& document) {
    Flattener flattener;
    flattener.attribute("title", document.title);
    flattener.attribute("reference", document.reference);
    flattener.attribute("date", document.date);
    flattener.attribute("watermark", document.watermark);
    for (const Block& block : document.blocks) flattener.block(block);
    return std::move(flattener.units);
}

}  // namespace wop::markup
