// Faulty markup is a ParseError naming the line and column of the fault.
#include <gtest/gtest.h>

#include "base/text_position.h"
#include "markup_support.h"

namespace wop::markup {
namespace {

using test::onlyBlock;
using test::parseError;

// Where `marker` first starts in `text` (the end of the text when empty).
base::TextPosition positionOf(const std::string& text, const std::string& marker) {
    size_t offset = marker.empty() ? text.size() : text.find(marker);
    EXPECT_NE(offset, std::string::npos) << marker << " not in " << text;
    return base::TextPosition::at(text, offset);
}

struct ErrorCase {
    const char* name;
    const char* markup;
    const char* at;        // the error's position: where this first occurs ("" for the end)
    const char* mentions;  // a part of the message
};

void PrintTo(const ErrorCase& c, std::ostream* os) { *os << c.name; }

class ParseErrorAt : public testing::TestWithParam<ErrorCase> {};

TEST_P(ParseErrorAt, NamesLineColumnAndCause) {
    const ErrorCase& c = GetParam();
    ParseError e = parseError(c.markup);
    const base::TextPosition expected = positionOf(c.markup, c.at);
    EXPECT_EQ(e.line(), expected.line) << e.what();
    EXPECT_EQ(e.column(), expected.column) << e.what();
    EXPECT_NE(std::string(e.what()).find(c.mentions), std::string::npos) << e.what();
    std::string prefix = "line " + std::to_string(e.line()) + ", column " + std::to_string(e.column()) + ": ";
    EXPECT_EQ(std::string(e.what()).rfind(prefix, 0), 0u) << e.what();
}

std::string caseName(const testing::TestParamInfo<ErrorCase>& info) { return info.param.name; }

INSTANTIATE_TEST_SUITE_P(
    Structure, ParseErrorAt,
    testing::Values(
        ErrorCase{"UnknownBlockElement", "<document>\n  <para>x</para>\n</document>", "<para>", "<para>"},
        ErrorCase{"UnknownInlineElement", "<document>\n<p>a <u>b</u></p></document>", "<u>", "<u>"},
        ErrorCase{"BlockInsideParagraph", "<document><p>a\n<p>b</p></p></document>", "<p>b", "<p> is not allowed"},
        ErrorCase{"ListItemOutsideList", "<document>\n<li>x</li></document>", "<li>", "<li>"},
        ErrorCase{"RootIsNotDocument", "<doc></doc>", "<doc>", "<document>"},
        ErrorCase{"UnknownAttribute", "<document>\n<p colour=\"red\">x</p></document>", "<p", "\"colour\""},
        ErrorCase{"UnknownDocumentAttribute", "<document\n langue=\"en\"/>", "<document", "\"langue\""},
        ErrorCase{"AttributeOnBold", "<document><p><b class=\"x\">y</b></p></document>", "<b", "\"class\""},
        ErrorCase{"UnquotedAttribute", "<document><p align=end>x</p></document>", "end>", "expected '\"'"},
        ErrorCase{"UnclosedStartTagAtTheEnd", "<document>\n<p", "", "unclosed tag <p>"},
        ErrorCase{"UnclosedElementAtTheEnd", "<document>\n<p>text", "", "<p> is not closed"},
        ErrorCase{"BadAlignValue", "<document>\n\n<p align=\"left\">x</p></document>", "<p", "\"left\""},
        ErrorCase{"BadCellAlignValue", "<document><table><tr>\n<td align=\"right\">x</td></tr></table></document>",
                  "<td", "\"right\""},
        ErrorCase{"BadSize", "<document><p size=\"large\">x</p></document>", "<p", "size"},
        ErrorCase{"BadLang", "<document lang=\"de\"/>", "<document", "\"de\""},
        ErrorCase{"BadDigits", "<document digits=\"roman\"/>", "<document", "\"roman\""},
        ErrorCase{"BadStatus", "<document status=\"signed\"/>", "<document", "\"signed\""},
        ErrorCase{"BadBorder", "<document><table border=\"dotted\"><tr><td>a</td></tr></table></document>", "<table",
                  "\"dotted\""},
        ErrorCase{"RowWithTooFewCells",
                  "<document><table>\n<tr><td>a</td><td>b</td></tr>\n<tr><td>c</td></tr>\n</table></document>",
                  "<tr><td>c", "row has 1 cells, the table has 2 columns"},
        ErrorCase{"RowNotMatchingTheWidths",
                  "<document><table widths=\"1,2\">\n<tr><td>a</td><td>b</td><td>c</td></tr></table></document>",
                  "<tr>", "row has 3 cells, the table has 2 columns"},
        ErrorCase{"RowWithoutCells", "<document><table>\n<tr></tr></table></document>", "<tr>", "at least one cell"},
        ErrorCase{"NonNumericWidth", "<document><table widths=\"1,wide\"><tr><td>a</td><td>b</td></tr></table></document>",
                  "<table", "\"wide\""},
        ErrorCase{"ZeroWidth", "<document><table widths=\"1,0\"><tr><td>a</td><td>b</td></tr></table></document>",
                  "<table", "positive"},
        ErrorCase{"SignatureWithText", "<document><signatures><signature>x</signature></signatures></document>",
                  "x</signature>", "text is not allowed directly inside <signature>"},
        ErrorCase{"BreakWithContent", "<document><p>a<br>b</br></p></document>", "<br>", "must be empty"},
        ErrorCase{"SpaceWithContent", "<document><space>1</space></document>", "<space>", "must be empty"},
        ErrorCase{"TextAfterTheRoot", "<document/>\n  trailing", "trailing", "after the root"},
        ErrorCase{"NoRootElement", "  just text", "just", "root element"}),
    caseName);

#define DIGEST "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08"

// An <image> names its picture by digest, with lengths in points, mm or cm.
INSTANTIATE_TEST_SUITE_P(
    Images, ParseErrorAt,
    testing::Values(
        ErrorCase{"ImageByFileName", "<document>\n<image src=\"logo.png\"/></document>", "<image",
                  "src must name an image by its digest, \"sha256:\" and 64 hex digits, not \"logo.png\""},
        ErrorCase{"ImageWithoutSource", "<document>\n<image width=\"3cm\"/></document>", "<image", "not \"\""},
        ErrorCase{"ImageDigestInCapitals", "<document><image src=\"sha256:9F86D081884C7D659A2FEAA0C55AD015A3BF4F1B2B0B"
                  "822CD15D6C15B0F00A08\"/></document>", "<image", "64 hex digits"},
        ErrorCase{"ImageDigestCut", "<document><image src=\"sha256:9f86d081\"/></document>", "<image", "64 hex digits"},
        ErrorCase{"ImageWidthInInches", "<document>\n<image src=\"sha256:" DIGEST "\" width=\"2in\"/></document>",
                  "<image", "expected a number, found \"2in\""},
        ErrorCase{"ImageOfNoHeight", "<document><image src=\"sha256:" DIGEST "\" height=\"0mm\"/></document>",
                  "<image", "height must be a length from 0 to 1000 points, not \"0mm\""},
        ErrorCase{"ImageTallerThanAPage", "<document><image src=\"sha256:" DIGEST "\" height=\"40cm\"/></document>",
                  "<image", "not \"40cm\""},
        ErrorCase{"ImageJustified", "<document><image src=\"sha256:" DIGEST "\" align=\"justify\"/></document>",
                  "<image", "not \"justify\""},
        ErrorCase{"ImageWithContent", "<document><image src=\"sha256:" DIGEST "\">logo</image></document>", "<image",
                  "must be empty"},
        ErrorCase{"ImageWithAnUnknownAttribute", "<document><image src=\"sha256:" DIGEST "\" alt=\"x\"/></document>",
                  "<image", "\"alt\""},
        ErrorCase{"ImageInAParagraph", "<document><p>a\n<image src=\"sha256:" DIGEST "\"/></p></document>", "<image",
                  "<image> is not allowed inside <p>"},
        ErrorCase{"AlignedLogo", "<document><letterhead>\n<image src=\"sha256:" DIGEST "\" align=\"end\"/>"
                  "<org>x</org></letterhead></document>", "<image", "\"align\""},
        ErrorCase{"TwoLogos", "<document><letterhead><image src=\"sha256:" DIGEST "\"/>\n<image src=\"sha256:" DIGEST
                  "\"/></letterhead></document>", "<image src=\"sha256:" DIGEST "\"/></l", "<letterhead> holds at most one <image>"},
        ErrorCase{"TwoSeals", "<document><signatures><signature><image src=\"sha256:" DIGEST "\"/>\n<image src=\"sha256:"
                  DIGEST "\"/></signature></signatures></document>", "<image src=\"sha256:" DIGEST "\"/></s",
                  "<signature> holds at most one <image>"},
        ErrorCase{"SignatureWithAParagraph", "<document><signatures><signature>\n<p>x</p></signature></signatures>"
                  "</document>", "<p>", "<p> is not allowed inside <signature>"}),
    caseName);

#undef DIGEST

// Faults in single characters: the position is the offending character's,
// or for "expected ..." the place where something else was expected.
INSTANTIATE_TEST_SUITE_P(
    Characters, ParseErrorAt,
    testing::Values(
        ErrorCase{"StrayLessThanInText", "<document><p>a\n< b</p></document>", " b</p>", "expected a name"},
        ErrorCase{"AttributeGivenTwice", "<document><p align=\"end\" align=\"end\">x</p></document>",
                  "align=\"end\">", "given twice"},
        ErrorCase{"MismatchedCloseTag", "<document>\n<p><b>x</i></p></document>", "</i>", "</i> closes <b>"},
        ErrorCase{"StrayAmpersand", "<document>\n<p>Tom & Jerry</p></document>", "&", "'&'"},
        ErrorCase{"GreaterThanInText", "<document><p>a\n > b</p></document>", "> b", "&gt;"},
        // Stray text is reported where it starts, not where the blank before it does.
        ErrorCase{"TextDirectlyInTable",
                  "<document><table>\n  stray\n  <tr><td>a</td></tr></table></document>", "stray",
                  "text is not allowed directly inside <table>"}),
    caseName);

TEST(ParseError, MismatchedCloseTagNamesWhereTheElementOpened) {
    ParseError e = parseError("<document>\n\n<p>x</b></document>");
    EXPECT_EQ(e.line(), 3);
    EXPECT_NE(std::string(e.what()).find("opened at line 3"), std::string::npos) << e.what();
}

TEST(ParseError, TextDirectlyInTableIsAnErrorOnItsLine) {
    const std::string markup = "<document><table><tr><td>a</td></tr>stray</table></document>";
    ParseError e = parseError(markup);
    EXPECT_EQ(e.line(), 1);
    EXPECT_EQ(e.column(), positionOf(markup, "stray").column);
    EXPECT_NE(std::string(e.what()).find("text is not allowed directly inside <table>"), std::string::npos);
}

TEST(ParseError, ColumnsCountCharactersNotBytes) {
    ParseError e = parseError("<document><p>\u0633\u0644\u0627\u0645 <u>x</u></p></document>");
    EXPECT_EQ(e.column(), 19);
}

struct ReferenceCase {
    const char* name;
    const char* reference;
    const char* mentions;
};

void PrintTo(const ReferenceCase& c, std::ostream* os) { *os << c.name; }

class BadReference : public testing::TestWithParam<ReferenceCase> {};

TEST_P(BadReference, IsAnErrorInText) {
    ParseError e = parseError(std::string("<document>\n<p>a ") + GetParam().reference + " b</p></document>");
    EXPECT_EQ(e.line(), 2);
    EXPECT_NE(std::string(e.what()).find(GetParam().mentions), std::string::npos) << e.what();
}

TEST_P(BadReference, IsAnErrorInAnAttribute) {
    ParseError e = parseError(std::string("<document\n title=\"") + GetParam().reference + "\"/>");
    EXPECT_EQ(e.line(), 2);
    EXPECT_NE(std::string(e.what()).find(GetParam().mentions), std::string::npos) << e.what();
}

INSTANTIATE_TEST_SUITE_P(Markup, BadReference,
                         testing::Values(ReferenceCase{"UnknownEntity", "&nbsp;", "unknown entity &nbsp;"},
                                         ReferenceCase{"Unterminated", "&amp", "'&'"},
                                         ReferenceCase{"EmptyDecimal", "&#;", "&#;"},
                                         ReferenceCase{"EmptyHex", "&#x;", "empty character reference"},
                                         ReferenceCase{"BadDigit", "&#12a;", "bad character reference"},
                                         ReferenceCase{"UppercaseX", "&#X41;", "bad character reference"},
                                         ReferenceCase{"Null", "&#0;", "non-character"},
                                         ReferenceCase{"Surrogate", "&#xD800;", "non-character"},
                                         ReferenceCase{"BeyondUnicode", "&#x110000;", "out of range"}),
                         [](const auto& info) { return std::string(info.param.name); });

// A paragraph whose text sits `levels` elements below the root (<p> is the first).
std::string nestedParagraph(int levels, const std::string& tag = "b") {
    std::string markup = "<document><p>";
    for (int i = 1; i < levels; ++i) markup += "<" + tag + ">";
    markup += "x";
    for (int i = 1; i < levels; ++i) markup += "</" + tag + ">";
    return markup + "</p></document>";
}

TEST(Nesting, ModerateDepthParses) {
    EXPECT_EQ(test::describe(onlyBlock<Paragraph>(parse(nestedParagraph(40))).content), "*x*");
}

TEST(Nesting, TooDeepIsAnErrorNotACrash) {
    ParseError e = parseError(nestedParagraph(100000, "i"));
    EXPECT_NE(std::string(e.what()).find("nested too deeply"), std::string::npos) << e.what();
    EXPECT_EQ(e.line(), 1);
}

TEST(Nesting, LimitIsSixtyFourLevelsBelowTheRoot) {
    EXPECT_NO_THROW(parse(nestedParagraph(64)));
    EXPECT_THROW(parse(nestedParagraph(65)), ParseError);
}

// Strictness that keeps a template typo from vanishing silently: numbers
// must be plain, finite and in range.
class BadNumber : public testing::TestWithParam<const char*> {};

TEST_P(BadNumber, IsRejectedAsASpace) {
    ParseError e = parseError(std::string("<document><space pt=\"") + GetParam() + "\"/></document>");
    EXPECT_NE(std::string(e.what()).find("expected a number"), std::string::npos) << e.what();
}

TEST_P(BadNumber, IsRejectedAsAColumnWidth) {
    EXPECT_THROW(parse(std::string("<document><table widths=\"1,") + GetParam() +
                       "\"><tr><td>a</td><td>b</td></tr></table></document>"),
                 ParseError);
}

INSTANTIATE_TEST_SUITE_P(Markup, BadNumber, testing::Values("", "abc", "12pt", "-1", "inf", "20000"));

// A typo such as "Yes" or "true" is an error, as for every other attribute.
TEST(HeaderAttribute, ValueOtherThanYesIsRejected) {
    EXPECT_THROW(parse(R"(<document><table><tr header="true"><td>a</td></tr></table></document>)"), ParseError);
}

// strtod reads "nan", which fails neither range comparison.
TEST(NumberAttribute, NotANumberIsRejected) {
    EXPECT_THROW(parse(R"(<document><space pt="nan"/></document>)"), ParseError);
}

}  // namespace
}  // namespace wop::markup
