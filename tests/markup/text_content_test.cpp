// Text inside blocks: whitespace collapses as in HTML, ends and the sides of
// <br/> are trimmed, entities and character references are decoded, and an
// escaped tag stays text.
#include <gtest/gtest.h>

#include "markup_support.h"

namespace wop::markup {
namespace {

using test::describe;
using test::paragraphContent;

struct TextCase {
    const char* name;
    const char* inner;     // the paragraph's markup
    const char* expected;  // describe() of its content
};

void PrintTo(const TextCase& c, std::ostream* os) { *os << c.name; }

class InlineText : public testing::TestWithParam<TextCase> {};

TEST_P(InlineText, ParsesTo) { EXPECT_EQ(describe(paragraphContent(GetParam().inner)), GetParam().expected); }

INSTANTIATE_TEST_SUITE_P(
    Whitespace, InlineText,
    testing::Values(TextCase{"RunsCollapseToOneSpace", "a  \t b\n\n  c", "a b c"},
                    TextCase{"EndsAreTrimmed", "\n   padded text \t\n", "padded text"},
                    TextCase{"SpacesAcrossStyleChangesCollapse", "a <b> b </b> c", "a |*b *|c"},
                    TextCase{"SpaceBetweenStyledWordsIsKept", "<b>a</b> <i>b</i>", "*a*| |_b_"},
                    TextCase{"TrailingSpaceInsideStyleIsTrimmed", "a <b>b </b>", "a |*b*"},
                    TextCase{"WhitespaceOnlyStyledEndVanishes", "a <b> </b>", "a"},
                    TextCase{"BreakTrimsBothSides", "one \n <br/> \n two", "one|[br]|two"},
                    TextCase{"BreakAtTheStartTrimsWhatFollows", "<br/>  two", "[br]|two"},
                    TextCase{"BreakInsideStyleTrimsAcrossIt", "one <b> <br/> </b> two", "one|[br]|two"},
                    TextCase{"ConsecutiveBreaksStay", "a<br/><br/>b", "a|[br]|[br]|b"},
                    TextCase{"EmptyParagraphHasNoSpans", "  \n ", ""}),
    [](const auto& info) { return std::string(info.param.name); });

INSTANTIATE_TEST_SUITE_P(
    References, InlineText,
    testing::Values(TextCase{"NamedEntities", "&amp; &lt; &gt; &quot; &apos;", "& < > \" '"},
                    TextCase{"DecimalReference", "&#65;&#1587;", "A\u0633"},
                    TextCase{"HexReference", "&#x41;&#x6f1;&#x6F2;", "A\u06F1\u06F2"},
                    TextCase{"AstralReference", "&#x1F600;", "\U0001F600"},
                    TextCase{"EscapedTagStaysText", "&lt;b&gt;x&lt;/b&gt; &amp;amp;", "<b>x</b> &amp;"},
                    TextCase{"ReferencedSpacesCollapseLikeSpaces", "a&#32;&#32;b", "a b"}),
    [](const auto& info) { return std::string(info.param.name); });

TEST(References, DecodeInsideAttributeValues) {
    Document doc = parse(R"(<document title="Tom &amp; Jerry &lt;3 &quot;x&quot; &#x41;"/>)");
    EXPECT_EQ(doc.title, "Tom & Jerry <3 \"x\" A");
}

TEST(References, EscapedTagIsOneUnstyledSpan) {
    Inline content = paragraphContent("&lt;b&gt;x&lt;/b&gt;");
    ASSERT_EQ(content.size(), 1u);
    EXPECT_EQ(content[0].text, "<b>x</b>");
    EXPECT_FALSE(content[0].bold);
}

TEST(References, NonBreakingSpaceIsNotCollapsed) {
    EXPECT_EQ(describe(paragraphContent("a&#160;&#160;b")), "a\u00A0\u00A0b");
}

}  // namespace
}  // namespace wop::markup
