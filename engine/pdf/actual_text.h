// The replacement text (/ActualText) of a line, for the two viewers that
// honour it: poppler (pdftotext, Evince, Okular) and PDFium (Chrome, Edge).
// Neither takes it as it is: each turns the string back from what it takes
// for visual order into logical order, by a heuristic of its own, so each
// gets the string that its heuristic turns into the line as written. Bidi
// marks (U+200E, U+200F) steer them; they are invisible and a copy keeps
// them, like the marks poppler adds itself.
#pragma once

#include <string>
#include <vector>

namespace wop::pdf {

// A stretch of a line in one direction, in reading order.
struct DirectedText {
    std::u16string text;  // logical order
    bool rightToLeft = false;
};

// Poppler honours /ActualText only on /Span marked content. It spreads the
// string over the span's box and reorders each line by the direction it
// finds most on the page: reading the string from the page's starting side,
// it takes a run of letters of the other direction (with the digits and
// number punctuation that poppler counts as left-to-right, and whatever
// neutrals follow) as one piece and reverses it. Each piece is set in the
// string the way the reorder undoes, between marks that end it exactly.
std::u16string popplerActualText(const std::vector<DirectedText>& line, bool rightToLeftPage);

// What poppler counts to find a page's direction: left-to-right letters less
// right-to-left ones, over all its text (negative: right to left).
int popplerDirectionWeight(const std::u16string& text);

// PDFium cuts a line into stretches of one bidi class (strong left, weak
// left: digits and their punctuation, right, neutral), takes their order
// as visual and, in a right-to-left line, reverses it; it reverses right-
// to-left stretches and the neutrals that follow them, mirroring their
// brackets and quotation marks. A line is right to left when the document
// says so (/ViewerPreferences /Direction /R2L) or when it has at least as
// many right-to-left stretches as left-to-right ones. The string is the
// logical text cut the same way, each stretch set as PDFium will reverse it.
std::u16string pdfiumActualText(const std::u16string& logical, bool rightToLeftDocument);

}  // namespace wop::pdf
