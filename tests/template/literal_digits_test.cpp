// The digits a template writes itself, set in the document's digits: an
// Urdu template's clause numbers in Urdu digits when values are.
#include <gtest/gtest.h>

#include "template_folder.h"

namespace wop::tmpl {
namespace {

using context::Value;
using test::TemplateFolder;

constexpr char32_t urduZero = U'\u06F0';

// `text` as the one template of a folder loaded with `digitZero`, rendered
// with the value `name` = `value` when a name is given.
std::string renderMain(const std::string& text, char32_t digitZero, const std::string& name = "",
                       const std::string& value = "") {
    TemplateFolder folder;
    folder.write("main.mustache", text);
    Value values;
    if (!name.empty()) values.set(name, value);
    return folder.load(digitZero).render("main", values).text;
}

TEST(LiteralDigits, TextDigitsTakeTheDocumentsDigits) {
    EXPECT_EQ(renderMain("<h2>3.1 شرائط</h2> 2024", urduZero), "<h2>۳.۱ شرائط</h2> ۲۰۲۴");
}

TEST(LiteralDigits, WesternByDefault) {
    EXPECT_EQ(renderMain("<h2>3.1 شرائط</h2>", U'0'), "<h2>3.1 شرائط</h2>");
}

TEST(LiteralDigits, ValuesStayAsTheContextWroteThem) {
    EXPECT_EQ(renderMain("1 {{ref}} 2", urduZero, "ref", "PWON/WOP/2024/02"), "۱ PWON/WOP/2024/02 ۲");
}

TEST(LiteralDigits, TagsMarkupAndReferencesKeepTheirDigits) {
    EXPECT_EQ(renderMain("<table widths=\"1,3\">{{a1}}{{! note 5 }}&#49;&#x32;7</table>", urduZero, "a1", "x"),
              "<table widths=\"1,3\">x&#49;&#x32;۷</table>");
}

TEST(LiteralDigits, MarkupTagAroundAValue) {
    EXPECT_EQ(renderMain("<table widths=\"{{w}},3\">4</table>", urduZero, "w", "2"), "<table widths=\"2,3\">۴</table>");
}

TEST(LiteralDigits, OtherDelimitersAreTagsToo) {
    EXPECT_EQ(renderMain("{{=<% %>=}}<%n9%> 8<%={{ }}=%> {{n9}} 6", urduZero, "n9", "v"), "v ۸ v ۶");
}

TEST(LiteralDigits, PartialsWrittenInAndKeptAsTags) {
    TemplateFolder folder;
    // The second reference is read under other delimiters: it stays a tag
    // and kainjow renders the partial's text as loaded.
    folder.write("main.mustache", "{{> clause}}|{{=<% %>=}}<%> clause%>");
    folder.write("partials/clause.mustache", "<p>5.2</p>");
    EXPECT_EQ(folder.load(urduZero).render("main", Value()).text, "<p>۵.۲</p>|<p>۵.۲</p>");
}

TEST(LiteralDigits, ErrorsKeepTheirLinesAndColumns) {
    TemplateFolder folder;
    // Found after the digits are written: a missing partial.
    folder.write("main.mustache", "12 34\n5678 {{> missing}}");
    for (char32_t zero : {U'0', urduZero}) {
        try {
            folder.load(zero);
            FAIL() << "a template with a missing partial loaded";
        } catch (const TemplateError& e) {
            EXPECT_EQ(e.line(), 2);
            EXPECT_EQ(e.column(), 6);
        }
    }
}

}  // namespace
}  // namespace wop::tmpl
