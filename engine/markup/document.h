// Stage `markup`: the document tree that templates describe (docs/markup.md).
// Produced by parser.h, consumed by layout.
#pragma once

#include <optional>
#include <string>
#include <variant>
#include <vector>

namespace wop::markup {

enum class Align { Start, End, Center, Justify };

// A piece of inline text with one style; `lineBreak` marks a <br/>.
struct Span {
    std::string text;
    bool bold = false;
    bool italic = false;
    bool lineBreak = false;
};
using Inline = std::vector<Span>;

struct Paragraph {
    Inline content;
    Align align = Align::Start;
    bool small = false;
};

struct Heading {
    int level = 1;  // 1..3
    Inline content;
};

struct List {
    bool ordered = false;
    std::vector<Inline> items;
};

struct Cell {
    Inline content;
    Align align = Align::Start;
    bool header = false;  // <th>
};

struct Row {
    std::vector<Cell> cells;
    bool header = false;  // repeated on every page the table continues on
};

struct Table {
    std::vector<double> widths;  // relative; empty means equal columns
    bool grid = true;
    std::vector<Row> rows;
};

// A picture: a logo, a seal. Named by the SHA-256 of its bytes, so that
// the markup, which a batch hashes, changes exactly when the image does;
// the renderer is given the images by their digests.
struct Image {
    std::string sha256;  // 64 lowercase hex digits
    double width = 0;    // points; 0 when not given
    double height = 0;   // points; 0 when not given
    Align align = Align::Start;  // of an <image> block; start, end or center
};

struct Signature {
    std::string label;
    std::string name;
    std::string title;
    std::string organisation;
    std::string dateLabel;
    std::string role;  // names the signature field of a final document: "mentee-director"
    std::optional<Image> seal;  // the organisation's seal, beside the room to sign
};

struct Signatures {
    std::vector<Signature> items;
};

struct Letterhead {
    std::string organisation;
    std::vector<std::string> lines;
    std::optional<Image> logo;  // at the start side, the text beside it
};

struct Space {
    double points = 12;
};
struct Rule {};
struct PageBreak {};

using Block = std::variant<Paragraph, Heading, List, Table, Signatures, Letterhead, Image, Space, Rule, PageBreak>;

struct Document {
    std::string lang = "en";
    std::string title;
    std::string subject;
    std::string author;
    std::string keywords;
    std::string reference;
    std::string date;  // ISO
    std::string watermark;
    std::string pageLabel;      // "Page {page} of {pages}"
    std::string codeLabel;      // "Verification code {code}": a registered final document's, without a portal
    std::string verifyLabel;    // "Verify at {address} with the code {code}": the same with one
    std::string digits = "latn";  // or "arabext"
    bool final = false;  // signed as it stands: its signature blocks get signature fields
    std::vector<Block> blocks;

    bool rightToLeft() const { return lang == "ur"; }
};

}  // namespace wop::markup
