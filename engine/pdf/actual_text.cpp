#include "pdf/actual_text.h"

#include <unicode/uchar.h>
#include <unicode/utf16.h>

namespace wop::pdf {
namespace {

constexpr char16_t leftToRightMark = 0x200E;
constexpr char16_t rightToLeftMark = 0x200F;

bool isRightToLeft(UCharDirection d) { return d == U_RIGHT_TO_LEFT || d == U_RIGHT_TO_LEFT_ARABIC; }

// The code points of `text` in reverse order.
std::u16string reversed(const std::u16string& text) {
    std::u16string out;
    out.reserve(text.size());
    for (int32_t end = static_cast<int32_t>(text.size()); end > 0;) {
        int32_t start = end;
        U16_BACK_1(text.data(), 0, start);
        out.append(text, static_cast<size_t>(start), static_cast<size_t>(end - start));
        end = start;
    }
    return out;
}

// Poppler reads letters, digits and number punctuation (, . : % / -, the
// Arabic comma, a no-break space) all as left to right.
bool popplerReadsLeftToRight(char16_t c) {
    switch (u_charDirection(c)) {
        case U_LEFT_TO_RIGHT:
        case U_EUROPEAN_NUMBER:
        case U_EUROPEAN_NUMBER_SEPARATOR:
        case U_EUROPEAN_NUMBER_TERMINATOR:
        case U_ARABIC_NUMBER:
        case U_COMMON_NUMBER_SEPARATOR: return true;
        default: return false;
    }
}

// Poppler reverses a piece of right-to-left letters and neutrals as one,
// and keeps a piece with nothing right-to-left in it as it is.
struct Piece {
    bool leftToRight = false;
    std::u16string text;
};

std::vector<Piece> popplerPieces(const std::vector<DirectedText>& line) {
    std::vector<Piece> pieces;
    for (const DirectedText& stretch : line)
        for (char16_t c : stretch.text) {
            const bool leftToRight = !stretch.rightToLeft || popplerReadsLeftToRight(c);
            if (pieces.empty() || pieces.back().leftToRight != leftToRight) pieces.push_back({leftToRight, {}});
            pieces.back().text += c;
        }
    return pieces;
}

enum class PdfiumClass { Left, WeakLeft, Right, Neutral };

PdfiumClass pdfiumClass(char16_t c) {
    switch (u_charDirection(c)) {
        case U_LEFT_TO_RIGHT: return PdfiumClass::Left;
        case U_ARABIC_NUMBER:
        case U_EUROPEAN_NUMBER:
        case U_DIR_NON_SPACING_MARK:
        case U_COMMON_NUMBER_SEPARATOR:
        case U_EUROPEAN_NUMBER_SEPARATOR:
        case U_EUROPEAN_NUMBER_TERMINATOR:
        case U_BOUNDARY_NEUTRAL: return PdfiumClass::WeakLeft;
        case U_RIGHT_TO_LEFT:
        case U_RIGHT_TO_LEFT_ARABIC: return PdfiumClass::Right;
        default: return PdfiumClass::Neutral;
    }
}

// PDFium's mirror: Unicode's, and curly quotation marks as well.
char16_t pdfiumMirror(char16_t c) {
    switch (c) {
        case u'\u2018': return u'\u2019';
        case u'\u2019': return u'\u2018';
        case u'\u201C': return u'\u201D';
        case u'\u201D': return u'\u201C';
        default: return static_cast<char16_t>(u_charMirror(c));
    }
}

struct Stretch {
    PdfiumClass kind;
    std::u16string text;
};

std::vector<Stretch> pdfiumStretches(const std::u16string& logical) {
    std::vector<Stretch> stretches;
    for (char16_t c : logical) {
        const PdfiumClass kind = pdfiumClass(c);
        if (stretches.empty() || stretches.back().kind != kind) stretches.push_back({kind, {}});
        stretches.back().text += c;
    }
    return stretches;
}

}  // namespace

std::u16string popplerActualText(const std::vector<DirectedText>& line, bool rightToLeftPage) {
    // Reading from its starting side, poppler takes a piece of the page's
    // own direction up to the first letter of the other, and a piece of the
    // other direction up to the first of the page's: the marks close each
    // piece of the other direction at both ends, so that it takes neither
    // less nor the neutrals of the next piece.
    const std::vector<Piece> pieces = popplerPieces(line);
    std::u16string out;
    if (rightToLeftPage) {
        for (auto piece = pieces.rbegin(); piece != pieces.rend(); ++piece)
            out += piece->leftToRight ? rightToLeftMark + piece->text + leftToRightMark : reversed(piece->text);
    } else {
        for (const Piece& piece : pieces)
            out += piece.leftToRight ? piece.text : rightToLeftMark + reversed(piece.text) + leftToRightMark;
    }
    return out;
}

int popplerDirectionWeight(const std::u16string& text) {
    int weight = 0;
    for (char16_t c : text) {
        const UCharDirection d = u_charDirection(c);
        if (d == U_LEFT_TO_RIGHT) ++weight;
        else if (isRightToLeft(d)) --weight;
    }
    return weight;
}

std::u16string pdfiumActualText(const std::u16string& logical, bool rightToLeftDocument) {
    const std::vector<Stretch> stretches = pdfiumStretches(logical);
    size_t right = 0, left = 0;
    for (const Stretch& s : stretches) {
        if (s.kind == PdfiumClass::Right) ++right;
        if (s.kind == PdfiumClass::Left) ++left;
    }
    const bool rightToLeft = rightToLeftDocument || (right > 0 && right >= left);

    // PDFium takes the stretches in reading order once it has reversed their
    // order; whether it reverses one depends on the direction the stretch
    // before it left.
    bool goingRight = rightToLeft;
    std::vector<std::u16string> set;
    for (const Stretch& s : stretches) {
        if (s.kind == PdfiumClass::Right || (s.kind == PdfiumClass::Neutral && goingRight)) {
            goingRight = true;
            std::u16string mirrored;
            for (char16_t c : s.text) mirrored += pdfiumMirror(c);
            set.push_back(reversed(mirrored));
        } else {
            if (s.kind != PdfiumClass::WeakLeft) goingRight = false;
            set.push_back(s.text);
        }
    }
    std::u16string out;
    if (rightToLeft) {
        for (auto s = set.rbegin(); s != set.rend(); ++s) out += *s;
    } else {
        for (const std::u16string& s : set) out += s;
    }
    return out;
}

}  // namespace wop::pdf
