// The replacement texts read back the way poppler and PDFium read them: each
// viewer's reordering, as their sources do it, gives back the line as
// written. (tests/viewers runs the viewers themselves.)
#include <gtest/gtest.h>

#include <unicode/uchar.h>
#include <unicode/unistr.h>

#include "pdf/actual_text.h"
#include "text/utf16.h"

namespace wop::pdf {
namespace {

std::string utf8(const std::u16string& text) {
    std::string out;
    icu::UnicodeString(text.data(), static_cast<int32_t>(text.size())).toUTF8String(out);
    return out;
}

std::u16string withoutMarks(const std::u16string& text) {
    std::u16string out;
    for (char16_t c : text)
        if (c != 0x200E && c != 0x200F) out += c;
    return out;
}

bool isRight(char16_t c) {
    const UCharDirection d = u_charDirection(c);
    return d == U_RIGHT_TO_LEFT || d == U_RIGHT_TO_LEFT_ARABIC;
}

bool isLeftOrNumber(char16_t c) {
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

// Poppler's reorderText (TextOutputDev.cc), without the embedding marks it adds.
std::u16string popplerReads(const std::u16string& s, bool leftToRightPage) {
    std::u16string out;
    const int n = static_cast<int>(s.size());
    if (leftToRightPage) {
        for (int i = 0; i < n;) {
            int j = i;
            for (; j < n && !isRight(s[j]); ++j) out += s[j];
            i = j;
            for (; j < n && !isLeftOrNumber(s[j]); ++j) {}
            for (int k = j - 1; k >= i; --k) out += s[k];
            i = j;
        }
    } else {
        for (int i = n - 1; i >= 0;) {
            int j = i;
            for (; j >= 0 && !isLeftOrNumber(s[j]); --j) out += s[j];
            i = j;
            for (; j >= 0 && !isRight(s[j]); --j) {}
            for (int k = j + 1; k <= i; ++k) out += s[k];
            i = j;
        }
    }
    return out;
}

enum class Kind { Left, WeakLeft, Right, Neutral };

Kind kindOf(char16_t c) {
    switch (u_charDirection(c)) {
        case U_LEFT_TO_RIGHT: return Kind::Left;
        case U_ARABIC_NUMBER:
        case U_EUROPEAN_NUMBER:
        case U_DIR_NON_SPACING_MARK:
        case U_COMMON_NUMBER_SEPARATOR:
        case U_EUROPEAN_NUMBER_SEPARATOR:
        case U_EUROPEAN_NUMBER_TERMINATOR:
        case U_BOUNDARY_NEUTRAL: return Kind::WeakLeft;
        case U_RIGHT_TO_LEFT:
        case U_RIGHT_TO_LEFT_ARABIC: return Kind::Right;
        default: return Kind::Neutral;
    }
}

char16_t mirror(char16_t c) {
    if (c == u'\u201C') return u'\u201D';
    if (c == u'\u201D') return u'\u201C';
    return static_cast<char16_t>(u_charMirror(c));
}

// PDFium's CPDF_TextPage::CloseTempLine with CFX_BidiString.
std::u16string pdfiumReads(const std::u16string& s, bool rightToLeftDocument) {
    struct Segment {
        Kind kind;
        size_t start, count;
    };
    std::vector<Segment> segments;
    for (size_t i = 0; i < s.size(); ++i) {
        if (segments.empty() || segments.back().kind != kindOf(s[i])) segments.push_back({kindOf(s[i]), i, 0});
        ++segments.back().count;
    }
    size_t right = 0, left = 0;
    for (const Segment& g : segments) {
        right += g.kind == Kind::Right;
        left += g.kind == Kind::Left;
    }
    const bool rightToLeft = rightToLeftDocument || (right > 0 && right >= left);
    if (rightToLeft) std::reverse(segments.begin(), segments.end());
    bool goingRight = rightToLeft;
    std::u16string out;
    for (const Segment& g : segments) {
        if (g.kind == Kind::Right || (g.kind == Kind::Neutral && goingRight)) {
            goingRight = true;
            for (size_t k = g.start + g.count; k > g.start; --k) out += mirror(s[k - 1]);
        } else {
            if (g.kind != Kind::WeakLeft) goingRight = false;
            out += s.substr(g.start, g.count);
        }
    }
    return out;
}

// A line as the text stage hands it over: stretches of one direction.
struct Line {
    std::vector<DirectedText> stretches;
    std::u16string logical() const {
        std::u16string all;
        for (const DirectedText& s : stretches) all += s.text;
        return all;
    }
};

Line urdu(std::initializer_list<std::pair<const char*, bool>> stretches) {
    Line line;
    for (auto [text, rightToLeft] : stretches) line.stretches.push_back({text::toUtf16(text), rightToLeft});
    return line;
}

// Urdu lines with what tripped the viewers up: Latin names, digits, brackets,
// percentages, the Arabic comma and colon, quotation marks.
const std::vector<Line>& urduLines() {
    static const std::vector<Line> lines = {
        urdu({{"بھکر، ڈیرہ اسماعیل خان اور لیہ کے لیے ", true}, {"3", false}, {" نئے بلک میٹر خریدے گئے۔", true}}),
        urdu({{"اجلاس ", true}, {"1", false}, {" مارچ کو ", true}, {"WASA Lahore", false}, {" اور ", true},
              {"PWON", false}, {" کے دفتر میں ہوا۔", true}}),
        urdu({{"واسا لاہور اور ", true}, {"WASA Faisalabad", false}, {" نے ", true}, {"14", false}, {" مارچ ", true},
              {"2024", false}, {" کو (", true}, {"NRW", false}, {") ", true}, {"42.5", false}, {"% سے کم کیا۔", true}}),
        urdu({{"بجٹ: ", true}, {"2,450,000", false}, {" روپے؛ ”زیرو پریشر ٹیسٹ“ «دو بار»", true}}),
        urdu({{"(ہدف: ", true}, {"24", false}, {" گھنٹے)۔", true}}),
    };
    return lines;
}

const std::vector<Line>& englishLines() {
    static const std::vector<Line> lines = {
        urdu({{"The meeting with ", false}, {"واسا لاہور", true}, {" took place on 14 March.", false}}),
        urdu({{"Dr Ayesha Khan of WASA Rawalpindi, ", false}, {"ڈاکٹر عائشہ خان", true}, {", presented (41 %).", false}}),
        urdu({{"Zoë Whitfield, PWON/WOP/2025/01/MOA-2025-07 (“open data”).", false}}),
    };
    return lines;
}

TEST(ActualText, PopplerReadsEveryLineBackOnAPageOfEitherDirection) {
    for (const auto* lines : {&urduLines(), &englishLines()})
        for (const Line& line : *lines)
            for (bool rightToLeftPage : {true, false}) {
                const std::u16string read = popplerReads(popplerActualText(line.stretches, rightToLeftPage), !rightToLeftPage);
                EXPECT_EQ(utf8(withoutMarks(read)), utf8(line.logical())) << (rightToLeftPage ? "right-to-left page" : "left-to-right page");
            }
}

TEST(ActualText, PdfiumReadsEveryLineBackInADocumentOfEitherDirection) {
    for (const auto* lines : {&urduLines(), &englishLines()})
        for (const Line& line : *lines)
            for (bool rightToLeftDocument : {true, false}) {
                const std::u16string read = pdfiumReads(pdfiumActualText(line.logical(), rightToLeftDocument), rightToLeftDocument);
                EXPECT_EQ(utf8(read), utf8(line.logical())) << (rightToLeftDocument ? "right-to-left document" : "left-to-right document");
            }
}

TEST(ActualText, AnUrduLineWithoutLatinOrDigitsNeedsNoMarks) {
    const Line line = urdu({{"پاکستان واٹر آپریٹرز نیٹ ورک", true}});
    EXPECT_EQ(withoutMarks(popplerActualText(line.stretches, true)), popplerActualText(line.stretches, true));
    EXPECT_EQ(withoutMarks(pdfiumActualText(line.logical(), true)), pdfiumActualText(line.logical(), true));
}

TEST(ActualText, AnEnglishLineOnAnEnglishPageIsItself) {
    const Line& line = englishLines().back();
    EXPECT_EQ(utf8(popplerActualText(line.stretches, false)), utf8(line.logical()));
    EXPECT_EQ(utf8(pdfiumActualText(line.logical(), false)), utf8(line.logical()));
}

TEST(ActualText, PageDirectionIsWhatHasMoreLetters) {
    EXPECT_LT(popplerDirectionWeight(text::toUtf16("واسا لاہور WASA")), 0);
    EXPECT_GT(popplerDirectionWeight(text::toUtf16("WASA Lahore واسا")), 0);
    EXPECT_EQ(popplerDirectionWeight(text::toUtf16("2024 (41 %)")), 0);
}

}  // namespace
}  // namespace wop::pdf
