// Every element and attribute of docs/markup.md lands in the document tree.
#include <gtest/gtest.h>

#include "markup_support.h"

namespace wop::markup {
namespace {

using test::describe;
using test::onlyBlock;
using test::parseBody;

TEST(Document, ReadsEveryAttribute) {
    Document doc = parse(
        R"(<document lang="ur" title="Letter of Intent" subject="Reduction of non-revenue water" )"
        R"(author="Pakistan Water Operators Network" keywords="WOP, PWON" reference="PWON/WOP/2025/03/LOI" )"
        R"(date="2025-03-14" watermark="DRAFT" page-label="Page {page} of {pages}" digits="arabext" )"
        R"(status="final" code-label="Verification code {code}" verify-label="Verify at {address}: {code}">)"
        R"(</document>)");
    EXPECT_EQ(doc.lang, "ur");
    EXPECT_TRUE(doc.rightToLeft());
    EXPECT_EQ(doc.title, "Letter of Intent");
    EXPECT_EQ(doc.subject, "Reduction of non-revenue water");
    EXPECT_EQ(doc.author, "Pakistan Water Operators Network");
    EXPECT_EQ(doc.keywords, "WOP, PWON");
    EXPECT_EQ(doc.reference, "PWON/WOP/2025/03/LOI");
    EXPECT_EQ(doc.date, "2025-03-14");
    EXPECT_EQ(doc.watermark, "DRAFT");
    EXPECT_EQ(doc.pageLabel, "Page {page} of {pages}");
    EXPECT_EQ(doc.codeLabel, "Verification code {code}");
    EXPECT_EQ(doc.verifyLabel, "Verify at {address}: {code}");
    EXPECT_EQ(doc.digits, "arabext");
    EXPECT_TRUE(doc.final);
    EXPECT_TRUE(doc.blocks.empty());
}

TEST(Document, DefaultsToEnglishLeftToRightWithLatinDigits) {
    Document doc = parse("<document/>");
    EXPECT_EQ(doc.lang, "en");
    EXPECT_FALSE(doc.rightToLeft());
    EXPECT_EQ(doc.digits, "latn");
    EXPECT_TRUE(doc.watermark.empty());
    EXPECT_FALSE(doc.final);  // a draft until it says otherwise: no signature fields
}

TEST(Document, KeepsBlocksInOrder) {
    Document doc = parseBody("<h1>a</h1><p>b</p><hr/><pagebreak/><space/>");
    ASSERT_EQ(doc.blocks.size(), 5u);
    EXPECT_TRUE(std::holds_alternative<Heading>(doc.blocks[0]));
    EXPECT_TRUE(std::holds_alternative<Paragraph>(doc.blocks[1]));
    EXPECT_TRUE(std::holds_alternative<Rule>(doc.blocks[2]));
    EXPECT_TRUE(std::holds_alternative<PageBreak>(doc.blocks[3]));
    EXPECT_TRUE(std::holds_alternative<Space>(doc.blocks[4]));
}

class HeadingLevel : public testing::TestWithParam<int> {};

TEST_P(HeadingLevel, BecomesAHeadingOfThatLevel) {
    std::string tag = "h" + std::to_string(GetParam());
    Heading h = onlyBlock<Heading>(parseBody("<" + tag + ">Scope <i>of</i> work</" + tag + ">"));
    EXPECT_EQ(h.level, GetParam());
    EXPECT_EQ(describe(h.content), "Scope |_of_| work");
}

INSTANTIATE_TEST_SUITE_P(Markup, HeadingLevel, testing::Values(1, 2, 3));

TEST(Paragraph, DefaultsToStartAlignmentAndNormalSize) {
    Paragraph p = onlyBlock<Paragraph>(parseBody("<p>text</p>"));
    EXPECT_EQ(p.align, Align::Start);
    EXPECT_FALSE(p.small);
    EXPECT_EQ(describe(p.content), "text");
}

struct AlignCase {
    const char* value;
    Align align;
};

class ParagraphAlign : public testing::TestWithParam<AlignCase> {};

TEST_P(ParagraphAlign, ReadsTheAlignAttribute) {
    Paragraph p = onlyBlock<Paragraph>(parseBody(std::string("<p align=\"") + GetParam().value + "\">x</p>"));
    EXPECT_EQ(p.align, GetParam().align);
}

TEST_P(ParagraphAlign, ReadsTheAlignAttributeOfACell) {
    Table t = onlyBlock<Table>(parseBody(std::string("<table><tr><td align=\"") + GetParam().value +
                                         "\">x</td></tr></table>"));
    ASSERT_EQ(t.rows.size(), 1u);
    EXPECT_EQ(t.rows[0].cells[0].align, GetParam().align);
}

INSTANTIATE_TEST_SUITE_P(Markup, ParagraphAlign,
                         testing::Values(AlignCase{"start", Align::Start}, AlignCase{"end", Align::End},
                                         AlignCase{"center", Align::Center}, AlignCase{"justify", Align::Justify}));

TEST(Paragraph, SizeSmallMakesItSmall) {
    EXPECT_TRUE(onlyBlock<Paragraph>(parseBody(R"(<p size="small">x</p>)")).small);
}

TEST(Inline, BoldAndItalicNest) {
    EXPECT_EQ(describe(test::paragraphContent("a <b>b <i>bi</i></b> <i>i</i>")), "a |*b *|*_bi_*| |_i_");
}

TEST(Inline, BreakIsALineBreakSpan) {
    markup::Inline content = test::paragraphContent("one<br/>two");
    ASSERT_EQ(content.size(), 3u);
    EXPECT_TRUE(content[1].lineBreak);
    EXPECT_TRUE(content[1].text.empty());
}

TEST(Inline, BreakInsideBoldKeepsTheStyle) {
    markup::Inline content = test::paragraphContent("<b>one<br/>two</b>");
    ASSERT_EQ(content.size(), 3u);
    EXPECT_TRUE(content[1].lineBreak);
    EXPECT_TRUE(content[1].bold);
}

class ListKind : public testing::TestWithParam<const char*> {};

TEST_P(ListKind, HoldsItsItemsInOrder) {
    std::string tag = GetParam();
    List list = onlyBlock<List>(parseBody("<" + tag + ">\n  <li>first</li>\n  <li><b>second</b></li>\n</" + tag + ">"));
    EXPECT_EQ(list.ordered, tag == "ol");
    ASSERT_EQ(list.items.size(), 2u);
    EXPECT_EQ(describe(list.items[0]), "first");
    EXPECT_EQ(describe(list.items[1]), "*second*");
}

INSTANTIATE_TEST_SUITE_P(Markup, ListKind, testing::Values("ul", "ol"));

TEST(Table, ReadsWidthsHeaderRowsAndHeaderCells) {
    Table t = onlyBlock<Table>(parseBody(R"(<table widths="1,3,2.5">
  <tr header="yes"><th>No.</th><th>Activity</th><th>Month</th></tr>
  <tr><th>1</th><td>Survey</td><td align="end">April</td></tr>
</table>)"));
    EXPECT_EQ(t.widths, (std::vector<double>{1, 3, 2.5}));
    EXPECT_TRUE(t.grid);
    ASSERT_EQ(t.rows.size(), 2u);
    EXPECT_TRUE(t.rows[0].header);
    EXPECT_FALSE(t.rows[1].header);
    ASSERT_EQ(t.rows[1].cells.size(), 3u);
    EXPECT_TRUE(t.rows[1].cells[0].header);
    EXPECT_FALSE(t.rows[1].cells[1].header);
    EXPECT_EQ(describe(t.rows[1].cells[1].content), "Survey");
    EXPECT_EQ(t.rows[1].cells[2].align, Align::End);
}

TEST(Table, HeaderNoIsAnOrdinaryRow) {
    Table t = onlyBlock<Table>(parseBody(R"(<table><tr header="no"><td>a</td></tr></table>)"));
    ASSERT_EQ(t.rows.size(), 1u);
    EXPECT_FALSE(t.rows[0].header);
}

TEST(Table, WithoutWidthsHasEqualColumns) {
    EXPECT_TRUE(onlyBlock<Table>(parseBody("<table><tr><td>a</td><td>b</td></tr></table>")).widths.empty());
}

TEST(Table, BorderNoneTurnsTheGridOff) {
    EXPECT_FALSE(onlyBlock<Table>(parseBody(R"(<table border="none"><tr><td>a</td></tr></table>)")).grid);
}

TEST(Table, BorderGridIsTheGrid) {
    EXPECT_TRUE(onlyBlock<Table>(parseBody(R"(<table border="grid"><tr><td>a</td></tr></table>)")).grid);
}

TEST(Signatures, ReadsEverySignatureAttribute) {
    Signatures s = onlyBlock<Signatures>(parseBody(R"(<signatures>
  <signature label="For the mentee" name="Ali Raza" title="Managing Director" org="WASA Faisalabad" date-label="Date" role="mentee-managing-director"/>
  <signature label="For the mentor"/>
</signatures>)"));
    ASSERT_EQ(s.items.size(), 2u);
    EXPECT_EQ(s.items[0].label, "For the mentee");
    EXPECT_EQ(s.items[0].name, "Ali Raza");
    EXPECT_EQ(s.items[0].title, "Managing Director");
    EXPECT_EQ(s.items[0].organisation, "WASA Faisalabad");
    EXPECT_EQ(s.items[0].dateLabel, "Date");
    EXPECT_EQ(s.items[0].role, "mentee-managing-director");
    EXPECT_EQ(s.items[1].label, "For the mentor");
    EXPECT_TRUE(s.items[1].name.empty());
}

TEST(Letterhead, ReadsTheOrganisationAndItsLines) {
    Letterhead l = onlyBlock<Letterhead>(parseBody(R"(<letterhead>
  <org>Pakistan <b>Water</b> Operators Network</org>
  <line>Islamabad</line>
  <line>info@pwon.org</line>
</letterhead>)"));
    EXPECT_EQ(l.organisation, "Pakistan Water Operators Network");
    EXPECT_EQ(l.lines, (std::vector<std::string>{"Islamabad", "info@pwon.org"}));
}

TEST(Space, DefaultsToTwelvePoints) { EXPECT_EQ(onlyBlock<Space>(parseBody("<space/>")).points, 12); }

TEST(Space, ReadsPoints) { EXPECT_EQ(onlyBlock<Space>(parseBody(R"(<space pt="30.5"/>)")).points, 30.5); }

TEST(Space, MayBeWrittenWithAClosingTag) {
    EXPECT_EQ(onlyBlock<Space>(parseBody(R"(<space pt="7"></space>)")).points, 7);
}

}  // namespace
}  // namespace wop::markup
