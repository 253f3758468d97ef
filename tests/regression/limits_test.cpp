// The limits against runaway templates and hostile input (docs/markup.md,
// "Limits"; the partnership file's are tested in tests/model): over a limit
// is a clear error, at the limit is fine, and nothing loops or overflows.
#include <gtest/gtest.h>

#include <map>
#include <string>
#include <variant>

#include "layout/layout.h"
#include "markup/parser.h"
#include "model/loader.h"
#include "regression_support.h"

namespace wop::test {
namespace {

using context::Value;

std::string repeat(const std::string& text, int times) {
    std::string out;
    for (int i = 0; i < times; ++i) out += text;
    return out;
}

std::string parseErrorOf(const std::string& markup) {
    try {
        markup::parse(markup);
    } catch (const markup::ParseError& error) {
        return error.what();
    }
    ADD_FAILURE() << "the markup parsed";
    return {};
}

std::string layoutErrorOf(const std::string& markup) {
    try {
        layout::layoutDocument(markup::parse(markup), fonts());
    } catch (const layout::LayoutError& error) {
        return error.what();
    }
    ADD_FAILURE() << "the document was laid out";
    return {};
}

std::string document(const std::string& blocks) { return "<document>" + blocks + "</document>"; }

// Partnership files

TEST(PartnershipLimits, NestingFarTooDeepStopsAtTheLimitWithoutOverflowingTheStack) {
    auto result = model::loadPartnership("{\"title\": " + std::string(1000000, '[') + "}", "deep.json");
    EXPECT_FALSE(result.partnership);
    ASSERT_EQ(result.diagnostics.size(), 1u);
    EXPECT_PRED2(contains, result.diagnostics[0].message, "nested deeper than 32 levels");
}

// Templates

TEST(TemplateLimits, TemplateOverOneMebibyte) {
    EXPECT_PRED2(contains, TemplateDir(std::string((1 << 20) + 1, 'x')).loadError().what(), "larger than 1 MiB");
}

TEST(TemplateLimits, SectionsNestedThirtyTwoDeepButNoDeeper) {
    EXPECT_NO_THROW(TemplateDir(repeat("{{#a}}", 32) + repeat("{{/a}}", 32)).load());
    tmpl::TemplateError error = TemplateDir("x\n" + repeat("{{^a}}", 33) + repeat("{{/a}}", 33)).loadError();
    EXPECT_EQ(error.line(), 2);
    EXPECT_EQ(error.column(), 1 + 32 * 6);
    EXPECT_PRED2(contains, error.what(), "sections nested more than 32 deep");
}

// p1 includes p2, ..., p<depth> includes nothing.
std::map<std::string, std::string> partialChain(int depth) {
    std::map<std::string, std::string> partials;
    for (int i = 1; i <= depth; ++i)
        partials["p" + std::to_string(i)] = i < depth ? "{{> p" + std::to_string(i + 1) + "}}" : "end";
    return partials;
}

TEST(TemplateLimits, PartialsNestedSixteenDeepButNoDeeper) {
    EXPECT_EQ(TemplateDir("{{> p1}}", partialChain(16)).load().render("main", Value()).text, "end");
    EXPECT_PRED2(contains, TemplateDir("{{> p1}}", partialChain(17)).loadError().what(),
                 "partials nested more than 16 deep");
}

// Partials are written into their templates at load: fanning out, they
// make a text too large to load.
TEST(TemplateLimits, PartialsThatFanOutPastEightMebibytesAreRefusedAtLoad) {
    const std::string d(100, 'x');
    EXPECT_NO_THROW(TemplateDir("{{> a}}", {{"a", repeat("{{> b}}", 50)}, {"b", repeat("{{> c}}", 50)}, {"c", d}}).load());
    EXPECT_PRED2(contains,
                 TemplateDir("{{> a}}", {{"a", repeat("{{> b}}", 50)}, {"b", repeat("{{> c}}", 50)},
                                         {"c", repeat("{{> d}}", 50)}, {"d", d}})
                     .loadError()
                     .what(),
                 "its partials expand it to more than 8 MiB");
}

// Under other delimiters partials stay tags, expanded while rendering.
TEST(TemplateLimits, PartialsLeftAsTagsStopAtOneHundredThousandExpansions) {
    auto fanOut = [](const std::string& next) { return "{{=<% %>=}}" + repeat("<%> " + next + "%>", 50); };
    TemplateDir folder("{{=<% %>=}}<%> a%>", {{"a", fanOut("b")}, {"b", fanOut("c")}, {"c", fanOut("d")}, {"d", ""}});
    tmpl::TemplateSet set = folder.load();
    try {
        set.render("main", Value());
        ADD_FAILURE() << "rendered 125 000 partials";
    } catch (const tmpl::TemplateError& error) {
        EXPECT_PRED2(contains, error.what(), "more than 100000 partials expanded");
    }
}

TEST(TemplateLimits, OutputOverEightMebibytes) {
    Value rows = Value::list();
    for (int i = 0; i < 2000; ++i) rows.push_back(Value(Value::Object{{"n", std::to_string(i)}}));
    Value root(Value::Object{{"rows", rows}});
    const std::string line = "<p>" + std::string(4000, 'x') + "{{n}}</p>\n";
    EXPECT_NO_THROW(TemplateDir("{{#rows}}" + line + "{{/rows}}").load().render("main", root));  // ~8 000 000 bytes
    try {
        TemplateDir("{{#rows}}" + line + line + "{{/rows}}").load().render("main", root);
        ADD_FAILURE() << "rendered 16 MB";
    } catch (const tmpl::TemplateError& error) {
        EXPECT_PRED2(contains, error.what(), "grows over 8 MiB");
    }
}

// Markup

TEST(MarkupLimits, MarkupOverEightMebibytes) {
    const std::string text = document("<p>" + std::string((8 << 20) - 40, 'x') + "</p>");
    EXPECT_PRED2(contains, parseErrorOf(text + std::string(100, ' ')), "larger than 8 MiB");
}

TEST(MarkupLimits, BlockOfFiftyThousandCharactersButNoMore) {
    const std::string urdu = repeat("\u067E", 50000);  // two bytes each: characters are counted
    EXPECT_NO_THROW(markup::parse(document("<p>" + urdu + "</p>")));
    for (const std::string& block : {"<p>" + urdu + "x</p>", "<h1>" + urdu + "<b>x</b></h1>",
                                     "<ul><li>" + urdu + "x</li></ul>", "<table><tr><td>" + urdu + "x</td></tr></table>"}) {
        SCOPED_TRACE(block.substr(0, 8));
        EXPECT_PRED2(contains, parseErrorOf(document(block)), "50001 characters, more than the 50000");
    }
}

TEST(MarkupLimits, TableOfFiveThousandRowsButNoMore) {
    EXPECT_NO_THROW(markup::parse(document("<table>" + repeat("<tr><td>x</td></tr>", 5000) + "</table>")));
    EXPECT_PRED2(contains, parseErrorOf(document("<table>" + repeat("<tr><td>x</td></tr>", 5001) + "</table>")),
                 "the table has 5001 rows, more than the 5000");
}

TEST(MarkupLimits, ElementsNestedSixtyFourDeepButNoDeeper) {
    EXPECT_PRED2(contains, parseErrorOf(document("<p>" + repeat("<b>", 100000) + "x</p>")), "nested too deeply");
}

// Layout and text

TEST(LayoutLimits, FiveHundredPagesButNoMore) {
    const std::string page = "<p>x</p><pagebreak/>";
    EXPECT_EQ(layout::layoutDocument(markup::parse(document(repeat(page, 499) + "<p>x</p>")), fonts()).pages.size(),
              500u);
    EXPECT_PRED2(contains, layoutErrorOf(document(repeat(page, 500) + "<p>x</p>")), "runs over 500 pages");
}

TEST(LayoutLimits, TableRunningOverFiveHundredPagesStops) {
    const std::string row = "<tr><td>" + repeat("line<br/>", 20) + "</td></tr>";  // two rows a page
    EXPECT_PRED2(contains, layoutErrorOf(document("<table>" + repeat(row, 1100) + "</table>")), "runs over 500 pages");
}

TEST(LayoutLimits, RowTallerThanAPageIsAnError) {
    const std::string tall = "<table><tr><td>" + repeat("line<br/>", 80) + "</td></tr></table>";
    EXPECT_PRED2(contains, layoutErrorOf(document(tall)), "taller than a page");
}

TEST(LayoutLimits, SpaceTallerThanAPageIsAnError) {
    EXPECT_PRED2(contains, layoutErrorOf(document("<space pt=\"10000\"/>")), "taller than a page");
}

TEST(LayoutLimits, SignaturesTallerThanAPageAreAnError) {
    const std::string label = repeat("signatory ", 1500);
    EXPECT_PRED2(contains, layoutErrorOf(document("<signatures><signature label=\"" + label + "\"/></signatures>")),
                 "taller than a page");
}

// A word wider than its line is cut between letters: every line fits.
TEST(TextLimits, WordLongerThanTheLineBreaksWithinTheWidth) {
    for (const std::string& word : {repeat("Supercalifragilistic", 40), repeat("\u0628\u0646\u062F", 100)}) {
        for (auto direction : {text::Direction::LeftToRight, text::Direction::RightToLeft}) {
            std::vector<text::StyledSpan> spans{{word, {}, false}};
            auto lines = text::setParagraph(spans, {direction, text::LineAlign::Justify, 120}, fonts());
            EXPECT_GT(lines.size(), 4u);
            for (const text::TextLine& line : lines) EXPECT_LE(line.width, 120.01f);
            EXPECT_TRUE(compareText(spans, lines).missing.empty());
        }
    }
}

TEST(TextLimits, WordLongerThanANarrowTableCellBreaksInsideTheCell) {
    // The first column is 1/21 of the 471.28 pt content width, at 62 pt from the left edge.
    const float cellLeft = 62, cellRight = 62 + 471.28f / 21;
    layout::PageSet pages = layout::layoutDocument(
        markup::parse(document("<table widths=\"1,20\"><tr><td>" + repeat("x", 60) + "</td><td>y</td></tr></table>")),
        fonts());
    ASSERT_EQ(pages.pages.size(), 1u);
    int letters = 0;
    for (const layout::Item& item : pages.pages[0].items) {
        const auto* text = std::get_if<layout::TextItem>(&item);
        if (!text) continue;
        for (const text::PlacedGlyph& glyph : text->run.glyphs) {
            if (glyph.text != "x") continue;
            ++letters;
            EXPECT_GE(text->x + glyph.x, cellLeft);
            EXPECT_LT(text->x + glyph.x, cellRight);
        }
    }
    EXPECT_EQ(letters, 60);
}

// The largest block the markup lets through, as one word and as words.
TEST(TextLimits, FiftyThousandCharactersSetInOneParagraph) {
    for (const std::string& text : {repeat("x", 50000), repeat("word ", 10000)}) {
        std::vector<text::StyledSpan> spans{{text, {}, false}};
        auto lines = text::setParagraph(spans, {text::Direction::LeftToRight, text::LineAlign::Justify, 450}, fonts());
        EXPECT_GT(lines.size(), 100u);
        EXPECT_TRUE(compareText(spans, lines).missing.empty());
    }
}

}  // namespace
}  // namespace wop::test
