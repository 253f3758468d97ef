// The template stage: a folder of Mustache templates rendered into markup,
// every value escaped, every fault named by file, line and column.
#include <gtest/gtest.h>

#include <filesystem>
#include <map>
#include <optional>

#include "kainjow_reference.h"
#include "template_folder.h"

namespace wop::tmpl {
namespace {

using context::Value;
using test::renderOne;
using test::TemplateFolder;

Value single(const std::string& key, const std::string& value) {
    Value d;
    d.set(key, value);
    return d;
}

TEST(Render, ExpandsValuesAndPartials) {
    TemplateFolder folder;
    folder.write("letter.mustache", "<document>{{> heading}}\n<p>Dear {{name}},</p></document>\n");
    folder.write("partials/heading.mustache", "<h1>{{title}}</h1>");
    Value d;
    d.set("title", "Letter of Intent");
    d.set("name", "Ali Raza");
    EXPECT_EQ(folder.load().render("letter", d).text,
              "<document><h1>Letter of Intent</h1>\n<p>Dear Ali Raza,</p></document>\n");
}

TEST(Render, PartialSeesTheEnclosingSection) {
    Value people = Value::list();
    for (const char* name : {"Ali", "Sara"}) people.push_back(single("name", name));
    Value d;
    d.set("people", people);
    EXPECT_EQ(renderOne("{{#people}}{{> person}}{{/people}}", d, "person", "<li>{{name}}</li>"),
              "<li>Ali</li><li>Sara</li>");
}

TEST(Render, PartialMayUseAnotherPartial) {
    TemplateFolder folder;
    folder.write("main.mustache", "[{{> outer}}]");
    folder.write("partials/outer.mustache", "<{{> inner}}>");
    folder.write("partials/inner.mustache", "{{x}}");
    EXPECT_EQ(folder.load().render("main", single("x", "1")).text, "[<1>]");
}

TEST(Render, ValueMarkupIsEscapedSoItStaysText) {
    EXPECT_EQ(renderOne("<p>{{v}}</p>", single("v", "<b>x</b> & \"q\" 'a'")),
              "<p>&lt;b&gt;x&lt;/b&gt; &amp; &quot;q&quot; &#39;a&#39;</p>");
}

TEST(Render, ValueMarkupIsEscapedInsideAPartial) {
    EXPECT_EQ(renderOne("{{> p}}", single("v", "<i>&"), "p", "<p>{{v}}</p>"), "<p>&lt;i&gt;&amp;</p>");
}

TEST(Render, AlreadyEscapedTextIsEscapedAgain) {
    EXPECT_EQ(renderOne("{{v}}", single("v", "&lt;b&gt;")), "&amp;lt;b&amp;gt;");
}

TEST(Render, UrduValuesPassUnchanged) {
    EXPECT_EQ(renderOne("<p>{{v}}</p>", single("v", "واسا لاہور")), "<p>واسا لاہور</p>");
}

// kainjow looks partials up in the data too: a value named like a partial
// would be rendered as a template.
TEST(Render, ValueNamedLikeAPartialKeepsItsValue) {
    EXPECT_EQ(renderOne("{{title}}|{{> title}}", single("title", "Roadmap"), "title", "<h1>{{title}}</h1>"),
              "Roadmap|<h1>Roadmap</h1>");
}

// Partials are written into their templates, which kainjow then parses
// once; the markup must be what kainjow makes expanding each partial where
// it is included. Each case is a template and the partials it includes.
struct CompositionCase {
    const char* name;
    const char* main;
    std::map<std::string, std::string> partials;
};

void PrintTo(const CompositionCase& c, std::ostream* os) { *os << c.name; }

class PartialsWrittenIn : public testing::TestWithParam<CompositionCase> {};

Value people() {
    Value list = Value::list();
    for (const char* name : {"Ali", "Sara <Khan>"}) list.push_back(single("name", name));
    Value d;
    d.set("people", list);
    d.set("name", "Nadia");
    d.set("signed", true);
    d.set("none", Value::list());
    return d;
}

TEST_P(PartialsWrittenIn, RenderAsKainjowExpandingEachPartial) {
    TemplateFolder folder;
    folder.write("main.mustache", GetParam().main);
    for (const auto& [name, text] : GetParam().partials) folder.write("partials/" + name + ".mustache", text);
    const std::optional<std::string> expected = test::renderExpandingPartials(folder.path(), "main", people());
    ASSERT_TRUE(expected.has_value());
    EXPECT_EQ(folder.load().render("main", people()).text, *expected);
}

INSTANTIATE_TEST_SUITE_P(
    Template, PartialsWrittenIn,
    testing::Values(
        CompositionCase{"InASection", "{{#people}}\n{{> person}}\n{{/people}}\n", {{"person", "<li>{{name}}</li>\n"}}},
        CompositionCase{"SectionsOnTheirOwnLines", "<p>\n{{> signature}}\n</p>\n",
                        {{"signature", "{{#signed}}\n  signed\n{{/signed}}\n{{^none}}\nnone\n{{/none}}\n"}}},
        CompositionCase{"Nested", "[{{> outer}}]{{> inner}}", {{"outer", "({{#people}}{{> inner}}{{/people}})"},
                                                               {"inner", "{{name}};"}}},
        CompositionCase{"WindowsLineEnds", "a\r\n{{> p}}\r\nb", {{"p", "{{#signed}}\r\n{{name}}\r\n{{/signed}}\r\n"}}},
        CompositionCase{"EmptyPartial", "{{> empty}}{{name}}{{> empty}}", {{"empty", ""}}},
        // Written in, "a{" and "{x}" would make a tag of "{{x}"; the partial stays a tag.
        CompositionCase{"PartialEndingInABraceBeforeABrace", "{{> open}}{x}} {{> open}}{{name}}", {{"open", "a{"}}},
        // kainjow reads a partial from {{ }} whatever the including text set.
        CompositionCase{"UnderOtherDelimiters", "{{=<% %>=}}<%> p%> <%name%>", {{"p", "{{name}}|<%name%>"}}},
        CompositionCase{"PartialSettingOtherDelimiters", "{{> p}}{{name}}<%name%>", {{"p", "{{=<% %>=}}<%name%>"}}},
        CompositionCase{"PartialRestoringTheBraces", "{{> p}}{{name}}", {{"p", "{{=<% %>=}}<%name%><%={{ }}=%>"}}}));

TEST(TemplateSet, HasTheTemplatesButNotThePartials) {
    TemplateFolder folder;
    folder.write("roadmap.mustache", "x");
    folder.write("partials/facts.mustache", "y");
    folder.write("notes.txt", "not a template");
    TemplateSet set = folder.load();
    EXPECT_TRUE(set.has("roadmap"));
    EXPECT_FALSE(set.has("facts"));
    EXPECT_FALSE(set.has("notes"));
    EXPECT_EQ(set.dir(), folder.path());
}

// The batch records what its documents were made from: the files as they
// were read, not as they are by the time it asks.
TEST(TemplateSet, KeepsTheFilesAsTheyWereRead) {
    TemplateFolder folder;
    folder.write("letter.mustache", "{{> heading}}");
    folder.write("partials/heading.mustache", "<h1>{{title}}</h1>");
    folder.write("notes.txt", "not a template");
    const TemplateSet set = folder.load();
    folder.write("letter.mustache", "edited since");
    const std::map<std::filesystem::path, std::string> expected = {
        {"letter.mustache", "{{> heading}}"}, {"partials/heading.mustache", "<h1>{{title}}</h1>"}};
    EXPECT_EQ(set.files(), expected);
    EXPECT_EQ(set.render("letter", single("title", "Roadmap")).text, "<h1>Roadmap</h1>");
}

TEST(TemplateSet, RenderingAnUnknownTemplateIsAnErrorNamingIt) {
    TemplateFolder folder;
    folder.write("roadmap.mustache", "x");
    try {
        folder.load().render("work-plan", Value());
        FAIL() << "rendered a template that does not exist";
    } catch (const TemplateError& e) {
        EXPECT_EQ(e.file(), (folder.path() / "work-plan.mustache").string());
        EXPECT_NE(std::string(e.what()).find("no such template"), std::string::npos) << e.what();
    }
}

struct FaultCase {
    const char* name;
    const char* file;  // relative to the folder
    const char* text;
    int line;
    int column;
    const char* mentions;
};

void PrintTo(const FaultCase& c, std::ostream* os) { *os << c.name; }

class LoadFault : public testing::TestWithParam<FaultCase> {};

TEST_P(LoadFault, NamesFileLineAndColumn) {
    const FaultCase& c = GetParam();
    TemplateFolder folder;
    folder.write("main.mustache", "<document></document>");
    folder.write("partials/ok.mustache", "<p>{{x}}</p>");
    std::string file = folder.write(c.file, c.text).string();
    TemplateError e = folder.loadError();
    EXPECT_EQ(e.file(), file);
    EXPECT_EQ(e.line(), c.line) << e.what();
    EXPECT_EQ(e.column(), c.column) << e.what();
    EXPECT_NE(std::string(e.what()).find(c.mentions), std::string::npos) << e.what();
    std::string prefix = file + ":" + std::to_string(c.line) + ":" + std::to_string(c.column) + ": ";
    EXPECT_EQ(std::string(e.what()).rfind(prefix, 0), 0u) << e.what();
}

std::string faultName(const testing::TestParamInfo<FaultCase>& info) { return info.param.name; }

INSTANTIATE_TEST_SUITE_P(
    UnescapedTags, LoadFault,
    testing::Values(FaultCase{"TripleBraces", "letter.mustache", "<document>\n  <p>{{{name}}}</p>", 2, 6, "{{{"},
                    FaultCase{"Ampersand", "letter.mustache", "<document>\n\n<p>{{&name}}</p>", 3, 4, "{{&"},
                    FaultCase{"InAPartial", "partials/bad.mustache", "<p>{{{name}}}</p>", 1, 4, "{{{"},
                    FaultCase{"AfterUrduText", "letter.mustache", "<p>واسا {{&name}}</p>", 1, 9, "{{&"},
                    // kainjow trims a tag's contents: "{{ &name }}" is unescaped too.
                    FaultCase{"AmpersandAfterASpace", "letter.mustache", "<p>{{ &name }}</p>", 1, 4, "unescaped"},
                    FaultCase{"AmpersandWithOtherDelimiters", "letter.mustache",
                              "{{=<% %>=}}\n<p><%&name%></p>", 2, 4, "unescaped"}),
    faultName);

INSTANTIATE_TEST_SUITE_P(
    Sections, LoadFault,
    testing::Values(
        FaultCase{"UnclosedSection", "letter.mustache", "<document>\n<ul>{{#items}}\n<li>{{.}}</li>\n</ul>", 2, 5,
                  "Unclosed section \"items\""},
        FaultCase{"UnopenedSection", "letter.mustache", "<p>\nx {{/items}}</p>", 2, 3, "Unopened section \"items\""},
        FaultCase{"UnclosedTag", "letter.mustache", "<p>\n  {{name</p>", 2, 3, "Unclosed tag"},
        FaultCase{"UnclosedSectionInAPartial", "partials/rows.mustache", "{{#rows}}<tr/>", 1, 1,
                  "Unclosed section \"rows\""},
        // kainjow closes the innermost section whatever name the closing tag gives.
        FaultCase{"SectionClosedUnderAnotherName", "letter.mustache", "<p>{{#items}}\n{{/rows}}</p>", 1, 4,
                  "Unclosed section \"items\""},
        FaultCase{"OuterSectionLeftOpenIsReportedFirst", "letter.mustache", "{{#a}}\n  {{#b}}{{/a}}", 1, 1,
                  "Unclosed section \"a\""},
        FaultCase{"InvalidSetDelimiter", "letter.mustache", "<p>\n{{=<%=}}</p>", 2, 1, "Invalid set delimiter tag"},
        FaultCase{"UnclosedTagAfterNewDelimiters", "letter.mustache", "{{=<% %>=}}\n<p><%name</p>", 2, 4,
                  "Unclosed tag"},
        // A brace missing is blamed on its tag, not on where the sections
        // stop matching further on.
        FaultCase{"OpeningTagMissingABrace", "letter.mustache", "<p>\n{{#items}\n<li>{{.}}</li>\n{{/items}}</p>", 2,
                  1, "tag not closed before the next {{: is a \"}}\" missing?"},
        FaultCase{"OpeningTagWithOneBrace", "letter.mustache", "<p>\n {#items}}\n<li>{{.}}</li>\n{{/items}}</p>", 2, 2,
                  "section \"items\" opened with one brace: is a \"{\" missing?"},
        FaultCase{"ClosingTagWithOneBrace", "partials/rows.mustache", "{{#rows}}\n<tr/>\n{/rows}}", 3, 1,
                  "section \"rows\" closed with one brace: is a \"{\" missing?"},
        FaultCase{"MarkCharacterInATag", "letter.mustache", "<p>\n{{x\x1Fy}}</p>", 2, 1,
                  "a tag may not hold the control characters \\x1E or \\x1F"}),
    faultName);

INSTANTIATE_TEST_SUITE_P(
    Partials, LoadFault,
    testing::Values(FaultCase{"MissingPartial", "letter.mustache", "<document>\n  {{> footer}}</document>", 2, 3,
                              "no partial \"footer\""},
                    FaultCase{"MissingPartialInAPartial", "partials/outer.mustache", "x{{>inner}}", 1, 2,
                              "no partial \"inner\""}),
    faultName);

TEST(TemplateLoad, MissingPartialNamesThePartialsFolder) {
    TemplateFolder folder;
    folder.write("main.mustache", "{{> footer}}");
    TemplateError e = folder.loadError();
    EXPECT_NE(std::string(e.what()).find((folder.path() / "partials").string()), std::string::npos) << e.what();
}

TEST(TemplateLoad, UnescapedTagIsRejectedEvenWhenThePartialExists) {
    TemplateFolder folder;
    folder.write("main.mustache", "{{> ok}}");
    folder.write("partials/ok.mustache", "{{&x}}");
    EXPECT_EQ(folder.loadError().file(), (folder.path() / "partials" / "ok.mustache").string());
}

TEST(TemplateLoad, DanglingSymlinkIsAnErrorNamingTheFile) {
    TemplateFolder folder;
    auto link = folder.path() / "letter.mustache";
    std::filesystem::create_symlink(folder.path() / "nowhere.mustache.orig", link);
    TemplateError e = folder.loadError();
    EXPECT_EQ(e.file(), link.string());
    EXPECT_NE(std::string(e.what()).find("cannot read"), std::string::npos) << e.what();
}

TEST(TemplateLoad, DirectoryNamedLikeATemplateIsAnError) {
    TemplateFolder folder;
    std::filesystem::create_directories(folder.path() / "letter.mustache");
    TemplateError e = folder.loadError();
    EXPECT_EQ(e.file(), (folder.path() / "letter.mustache").string());
    EXPECT_NE(std::string(e.what()).find("cannot read"), std::string::npos) << e.what();
}

TEST(TemplateLoad, TemplateOverOneMebibyteIsRefused) {
    TemplateFolder folder;
    folder.write("huge.mustache", std::string((1 << 20) + 1, 'x'));
    EXPECT_NE(std::string(folder.loadError().what()).find("larger than 1 MiB"), std::string::npos);
}

TEST(TemplateLoad, MissingFolderIsAnErrorNamingIt) {
    TemplateFolder folder;
    auto missing = folder.path() / "ur";
    try {
        TemplateSet::load(missing);
        FAIL() << "loaded a folder that does not exist";
    } catch (const TemplateError& e) {
        EXPECT_EQ(e.file(), missing.string());
        EXPECT_NE(std::string(e.what()).find("no such template folder"), std::string::npos) << e.what();
    }
}

TEST(TemplateLoad, FileInsteadOfAFolderIsAnError) {
    TemplateFolder folder;
    auto file = folder.write("letter.mustache", "x");
    EXPECT_THROW(TemplateSet::load(file), TemplateError);
}

}  // namespace
}  // namespace wop::tmpl
