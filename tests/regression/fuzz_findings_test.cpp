// What the fuzzers (fuzz/) found, fed through the same functions in the
// normal build: each input crashed, hung, lost text or was misread before its fix.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include <Poco/Net/SocketAddress.h>
#include <Poco/Net/StreamSocket.h>

#include "layout/layout.h"
#include "markup/parser.h"
#include "regression_support.h"
#include "server/portal.h"

namespace wop::test {
namespace {

using context::Value;

std::string errorOf(const TemplateDir& folder) { return folder.loadError().what(); }

// fuzz/template_fuzz.cpp's input: main template, partial a, partial b and a
// value, separated by 0x1E.
std::vector<std::string> templateFuzzParts(const std::string& input) {
    std::vector<std::string> parts;
    size_t start = 0;
    for (size_t at; parts.size() < 3 && (at = input.find('\x1e', start)) != std::string::npos; start = at + 1)
        parts.push_back(input.substr(start, at - start));
    parts.push_back(input.substr(start));
    parts.resize(4);
    return parts;
}

// Partial a includes itself (kainjow recursed until the stack overflowed)
// and names a partial ">\0\0..." that does not exist: the missing partial is
// reported first, the loop once the stray reference is gone.
TEST(TemplateFinding, PartialThatIncludesItselfIsAnErrorNotAStackOverflow) {
    std::vector<std::string> parts = templateFuzzParts(fuzzInput("template-partial-loop.fuzz"));
    const std::string missing = errorOf(TemplateDir(parts[0], {{"a", parts[1]}, {"b", parts[2]}}));
    EXPECT_PRED2(contains, missing, "a.mustache:");
    EXPECT_PRED2(contains, missing, "no partial \">\\x00\\x00");  // control bytes are shown escaped
    std::string& a = parts[1];
    const size_t stray = a.find("{{>>");
    ASSERT_NE(stray, std::string::npos);
    a.erase(stray, a.find("}}", stray) + 2 - stray);
    EXPECT_PRED2(contains, errorOf(TemplateDir(parts[0], {{"a", a}, {"b", parts[2]}})),
                 "partial \"a\" includes itself: a > a");
}

TEST(TemplateFinding, LoopThroughOtherPartialsIsNamedWhereItCloses) {
    TemplateDir folder("{{> a}}", {{"a", "<p>{{> b}}</p>"}, {"b", "x\n  {{> a}}"}});
    tmpl::TemplateError error = folder.loadError();
    EXPECT_EQ(error.file(), (folder.path() / "partials" / "b.mustache").string());
    EXPECT_EQ(error.line(), 2);
    EXPECT_EQ(error.column(), 3);
    EXPECT_PRED2(contains, error.what(), "partial \"a\" includes itself: a > b > a");
}

TEST(TemplateFinding, LoopBehindChangedDelimitersIsFound) {
    TemplateDir folder("{{> a}}", {{"a", "{{=<% %>=}}<p><%> a %></p>"}});
    EXPECT_PRED2(contains, errorOf(folder), "includes itself");
}

TEST(TemplateFinding, UnescapedTagsAreFoundHoweverTheyAreWritten) {
    for (const char* text : {"<p>{{ &name }}</p>", "{{=<% %>=}}<p><%&name%></p>", "{{=<% %>=}}<%={{ }}=%>{{{name}}}",
                             "{{=| |=}}|& name|"}) {
        SCOPED_TRACE(text);
        EXPECT_PRED2(contains, errorOf(TemplateDir(text)), "unescaped tag");
    }
}

TEST(TemplateFinding, CommentsAndSectionsAreNotMistakenForUnescapedTags) {
    TemplateDir folder("{{! {{&x}} }}{{#items}}{{name}}{{/items}}");
    Value items = Value::list();
    items.push_back(Value(Value::Object{{"name", "<b>"}}));
    Value root(Value::Object{{"items", items}});
    EXPECT_EQ(folder.load().render("main", root).text, " }}&lt;b&gt;");
}

// kainjow's message quotes the section's name; std::regex recursed once per
// character of it to find the offset, and overflowed the stack.
TEST(TemplateFinding, ErrorQuotingAVeryLongNameIsReported) {
    TemplateDir folder("<p>\n{{#" + std::string(300000, 'x') + "}}</p>");
    tmpl::TemplateError error = folder.loadError();
    EXPECT_EQ(error.line(), 2);
    EXPECT_EQ(error.column(), 1);
    EXPECT_PRED2(contains, error.what(), "Unclosed section");
}

// kainjow copies each section's text once per level and walks them
// recursively: eighty thousand nested sections (just under the 1 MiB a
// template may have) took all the memory.
TEST(TemplateFinding, DeeplyNestedSectionsAreAnError) {
    std::string text;
    for (int i = 0; i < 80000; ++i) text += "{{#a}}";
    for (int i = 0; i < 80000; ++i) text += "{{/a}}";
    ASSERT_LT(text.size(), 1u << 20);
    EXPECT_PRED2(contains, errorOf(TemplateDir(text)), "sections nested more than 32 deep");
}

// kainjow looks a partial up in the data first: a value named like a
// partial was parsed as a template, and could hold {{&...}}.
TEST(TemplateFinding, ValueNamedLikeAPartialIsNeitherTemplateNorReplaced) {
    TemplateDir folder("{{note}}|{{#person}}{{> note}}{{/person}}", {{"note", "<i>{{name}}</i>"}});
    Value person;
    person.set("name", "Asif");
    person.set("note", "{{&evil}}");
    Value root;
    root.set("note", "N");
    root.set("person", person);
    root.set("evil", "<b>x</b>");
    EXPECT_EQ(folder.load().render("main", root).text, "N|<i>Asif</i>");
}

text::StyledSpan span(const std::string& utf8, bool bold = false, float size = 10.5f) {
    return {utf8, {bold, false, size}, false};
}

// HarfBuzz shapes a joiner or mark after a space into the space's cluster;
// ICU allows a break between them. The line that took the space dropped the
// cluster with it (trailing space) and the next line had no glyph for it.
TEST(TextFinding, JoinerAfterASpaceAtALineBreakIsKept) {
    std::vector<text::StyledSpan> spans{span(fuzzInput("text-joiner-after-space.txt"), true, 8)};
    auto lines = text::setParagraph(spans, {text::Direction::RightToLeft, text::LineAlign::Right, 262.029358f}, fonts());
    TextDifference difference = compareText(spans, lines);
    EXPECT_TRUE(difference.missing.empty()) << testing::PrintToString(difference.missing);
    EXPECT_TRUE(difference.extra.empty()) << testing::PrintToString(difference.extra);
}

TEST(TextFinding, MarkAfterASpaceIsKeptAtEveryWidth) {
    for (const char* text : {"Water operators \u0301partnership", "پانی کے \u0651آپریٹرز"}) {
        for (auto direction : {text::Direction::LeftToRight, text::Direction::RightToLeft}) {
            for (float width = 20; width <= 140; width += 10) {
                SCOPED_TRACE(std::string(text) + " at width " + std::to_string(width));
                std::vector<text::StyledSpan> spans{span(text)};
                auto lines = text::setParagraph(spans, {direction, text::LineAlign::Left, width}, fonts());
                EXPECT_TRUE(compareText(spans, lines).missing.empty());
            }
        }
    }
}

// U+001D (bidi class B, like U+2029) ended ICU's bidi paragraph inside ours
// and setting a line across it threw "ICU bidi line: U_ILLEGAL_ARGUMENT_ERROR".
TEST(TextFinding, ParagraphSeparatorsInTextAreSpaces) {
    for (const char* text : {"Water operators\x1dpartnership", "one\x1ctwo\x1ethree", "one\u2029two", "one\u0085two"}) {
        SCOPED_TRACE(text);
        std::vector<text::StyledSpan> spans{span(text)};
        std::vector<text::TextLine> lines;
        ASSERT_NO_THROW(lines = text::setParagraph(spans, {text::Direction::LeftToRight, text::LineAlign::Left, 400},
                                                   fonts()));
        ASSERT_EQ(lines.size(), 1u);
        EXPECT_TRUE(compareText(spans, lines).missing.empty());
    }
}

// A width below zero (a table column narrower than its padding) fitted not
// even an empty line, and line breaking cut at the same place for ever.
TEST(TextFinding, NegativeWidthStillEnds) {
    std::vector<text::StyledSpan> spans{span(fuzzInput("text-negative-width.txt"), false, 6)};
    auto lines = text::setParagraph(spans, {text::Direction::LeftToRight, text::LineAlign::Left, -20}, fonts());
    EXPECT_TRUE(compareText(spans, lines).missing.empty());
}

TEST(TextFinding, NegativeWidthSetsALetterALine) {
    std::vector<text::StyledSpan> spans{span("ab cd")};
    auto lines = text::setParagraph(spans, {text::Direction::LeftToRight, text::LineAlign::Left, -1}, fonts());
    std::vector<std::string> texts;
    for (const text::TextLine& line : lines) texts.push_back(line.runs.empty() ? "" : line.runs[0].logicalText());
    EXPECT_EQ(texts, (std::vector<std::string>{"a", "b", "c", "d"}));
}

TEST(LayoutFinding, ColumnNarrowerThanItsPaddingLaysOut) {
    markup::Document document =
        markup::parse("<document><table widths=\"1,1000\"><tr><td>ab</td><td>c</td></tr></table></document>");
    EXPECT_EQ(layout::layoutDocument(document, fonts()).pages.size(), 1u);
}

TEST(MarkupFinding, ParagraphSeparatorInATableCellLaysOut) {
    markup::Document document = markup::parse(fuzzInput("markup-separator-in-cell.xml"));
    try {
        layout::layoutDocument(document, fonts());
    } catch (const layout::LayoutError&) {
        // A clear error is a fine answer; anything else is not.
    }
}

// Poco 1.11 reads a request's head a char at a time, widened with its sign:
// a byte 0xFF read as the end of the stream, vanished and split its line (a
// session cookie with 0xFF inside still opened the session), and the rest of
// the line ended the head, so that the blank line after it was read as a
// second request and answered 400. A proxy in front of the portal would have
// taken two answers for one request.
TEST(PortalFinding, ByteFFInAHeaderGetsOneAnswer) {
    const ScratchDir folder("portal");
    server::PortalSettings settings;
    settings.port = 0;
    settings.partnershipSchema = sourceDir() / "docs" / "partnership.schema.json";
    server::Portal portal(settings, {folder / "data", ""});
    portal.start();
    Poco::Net::StreamSocket client(Poco::Net::SocketAddress("127.0.0.1", static_cast<Poco::UInt16>(portal.port())));
    const std::string request = fuzzInput("portal-byte-ff-in-header.http");
    client.sendBytes(request.data(), static_cast<int>(request.size()));
    client.shutdownSend();
    std::string answer;
    char buffer[4096];
    for (int n; (n = client.receiveBytes(buffer, sizeof buffer)) > 0;) answer.append(buffer, static_cast<std::size_t>(n));
    EXPECT_TRUE(answer.starts_with("HTTP/1.1 200 OK\r\n")) << answer.substr(0, 100);
    EXPECT_PRED2(contains, answer, "\r\nConnection: Close\r\n");
    EXPECT_EQ(answer.find("HTTP/1.1 ", 1), std::string::npos) << "a second answer";
}

}  // namespace
}  // namespace wop::test
