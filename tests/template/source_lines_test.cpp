// Where the markup came from: a name the context does not have is an error
// at its tag, and each line of the markup knows the template or partial
// line that wrote it.
#include <gtest/gtest.h>

#include "template_folder.h"

namespace wop::tmpl {
namespace {

using context::Value;
using test::TemplateFolder;

Value partnership() {
    Value mentee;
    mentee.set("name", "WASA Multan");
    mentee.set("team_size", "4");
    mentee.set("director", false);  // nobody holds it
    mentee.set("email", "");
    Value values;
    values.set("mentee", mentee);
    values.set("people", Value::List{Value(Value::Object{{"name", "Ali"}}), Value(Value::Object{{"name", "Sara"}})});
    return values;
}

// The error rendering `main` throws; fails the test when it renders.
TemplateError renderError(const TemplateFolder& folder, UnknownNames unknownNames = UnknownNames::Fail) {
    try {
        folder.load().render("main", partnership(), unknownNames);
    } catch (const TemplateError& e) {
        return e;
    }
    ADD_FAILURE() << "rendered without an error";
    return TemplateError("", 0, 0, "no error");
}

TEST(UnknownNames, AMisspeltNameIsAnErrorNamingTemplateLineAndName) {
    TemplateFolder folder;
    const auto file = folder.write("main.mustache", "<document>\n<p>Team: {{mentee.teamsize}}</p>\n</document>\n");
    EXPECT_STREQ(renderError(folder).what(),
                 (file.string() + ":2:10: unknown name \"mentee.teamsize\": the context has no such value here "
                                  "(docs/template-context.md)")
                     .c_str());
}

TEST(UnknownNames, InAPartialTheErrorNamesThePartial) {
    TemplateFolder folder;
    folder.write("main.mustache", "<document>\n{{#people}}\n{{> person}}\n{{/people}}\n</document>\n");
    const auto partial = folder.write("partials/person.mustache", "<p>\n  {{nmae}}</p>\n");
    const TemplateError e = renderError(folder);
    EXPECT_EQ(e.file(), partial.string());
    EXPECT_EQ(e.line(), 2);
    EXPECT_EQ(e.column(), 3);
}

TEST(UnknownNames, AValueThisPartnershipLacksIsNoError) {
    TemplateFolder folder;
    folder.write("main.mustache", "[{{mentee.director.name}}|{{mentee.email}}|{{#people}}{{name}} {{/people}}]");
    EXPECT_EQ(folder.load().render("main", partnership()).text, "[||Ali Sara ]");
}

TEST(UnknownNames, PrintNothingWhenAskedTo) {
    TemplateFolder folder;
    folder.write("main.mustache", "[{{mentee.teamsize}}]");
    EXPECT_EQ(folder.load().render("main", partnership(), UnknownNames::RenderEmpty).text, "[]");
}

TEST(SourceMap, EachLineOfMarkupNamesTheFileAndLineThatWroteIt) {
    TemplateFolder folder;
    const auto main = folder.write("main.mustache",
                                   "<document>\n"          // 1
                                   "{{#people}}\n"         // 2: a section alone on its line prints no line
                                   "{{> person}}\n"        // 3
                                   "{{/people}}\n"         // 4
                                   "<p>{{mentee.name}}</p>\n"  // 5
                                   "</document>");         // 6
    const auto partial = folder.write("partials/person.mustache", "<p>\n{{name}}\n</p>");
    Value values = partnership();
    values.set("people", Value::List{Value(Value::Object{{"name", "Ali\nRaza"}})});
    const Rendered rendered = folder.load().render("main", values);
    ASSERT_EQ(rendered.text, "<document>\n<p>\nAli\nRaza\n</p>\n<p>WASA Multan</p>\n</document>");
    const std::vector<std::pair<std::string, int>> expected = {
        {main.string(), 1},    {partial.string(), 1}, {partial.string(), 2},
        {partial.string(), 2},  // the value's second line
        {main.string(), 3},     // the partial's last line ends on the template's
        {main.string(), 5},    {main.string(), 6}};
    for (size_t i = 0; i < expected.size(); ++i) {
        const SourceLine* origin = rendered.sources.origin(static_cast<int>(i) + 1);
        ASSERT_NE(origin, nullptr) << "markup line " << i + 1;
        EXPECT_EQ(std::make_pair(origin->file, origin->line), expected[i]) << "markup line " << i + 1;
    }
    EXPECT_EQ(rendered.sources.origin(8), nullptr);
}

}  // namespace
}  // namespace wop::tmpl
