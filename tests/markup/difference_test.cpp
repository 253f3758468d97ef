// What changed between two versions of a document: each kind of change
// named with its section, and long texts cut down to what changed.
#include <gtest/gtest.h>

#include "markup/difference.h"
#include "markup/text_units.h"
#include "markup_support.h"

namespace wop::markup {
namespace {

using test::parseBody;

// The letter's section 3 with `items` as its list and `rows` as its table.
Document letter(const std::string& items, const std::string& rows = "<tr><td>Billing efficiency</td><td>62%</td></tr>") {
    return parseBody("<h1>Letter of Intent</h1><p>Between the parties.</p>"
                     "<h2>3. Commitments of the parties</h2><ol>" + items + "</ol>"
                     "<h2>4. Targets</h2><table><tr header=\"yes\"><th>Indicator</th><th>Target</th></tr>" + rows +
                     "</table>");
}

const std::string twoItems = "<li>Share its billing practice.</li><li>Train two engineers.</li>";

TEST(TextUnits, EachBlockIsALineUnderItsHeading) {
    const Document document = parseBody(
        "<letterhead><org>PWON</org><line>Lahore</line></letterhead><h2>1. Parties</h2>"
        "<p>One <b>bold</b><br/>line.</p><space/><hr/><table><tr><td>A</td><td> b  c </td></tr></table>"
        "<signatures><signature label=\"For the Mentee\" name=\"Ayesha Khan\" title=\"Director\" org=\"WASA\" "
        "date-label=\"Date\"/></signatures>",
        "reference=\"PWON/1\" watermark=\"DRAFT\"");
    std::vector<std::string> units;
    for (const TextUnit& unit : textUnits(document)) units.push_back(unit.section + " > " + unit.text);
    EXPECT_EQ(units, (std::vector<std::string>{"reference > PWON/1", "watermark > DRAFT", " > PWON, Lahore",
                                               " > 1. Parties", "1. Parties > One bold line.", "1. Parties > A | b c",
                                               "1. Parties > For the Mentee, Ayesha Khan, Director, WASA"}));
}

TEST(Difference, NothingChangedSaysNothing) {
    EXPECT_TRUE(compare(letter(twoItems), letter(twoItems)).empty());
    EXPECT_EQ(describe({}), "");
}

TEST(Difference, StylesAndSpacingAreNotWhatADocumentSays) {
    const Document plain = parseBody("<p>Share its billing practice.</p>");
    const Document styled = parseBody("<space/><p align=\"justify\">Share its <b>billing</b>\n   practice.</p><hr/>");
    EXPECT_TRUE(compare(plain, styled).empty());
}

TEST(Difference, AChangedWordShowsTheSentenceBeforeAndAfter) {
    const auto changes =
        compare(letter(twoItems), letter("<li>Share its billing and collection practice.</li><li>Train two engineers.</li>"));
    ASSERT_EQ(changes.size(), 1u);
    EXPECT_EQ(describe(changes),
              "\"3. Commitments of the parties\": \"Share its billing practice.\" → "
              "\"Share its billing and collection practice.\"");
}

TEST(Difference, AnAddedRowIsAdded) {
    const auto changes = compare(letter(twoItems), letter(twoItems, "<tr><td>Billing efficiency</td><td>62%</td></tr>"
                                                                    "<tr><td>Metered connections</td><td>80%</td></tr>"));
    EXPECT_EQ(describe(changes), "\"4. Targets\": added \"Metered connections | 80%\"");
}

TEST(Difference, ARemovedItemIsRemoved) {
    const auto changes = compare(letter(twoItems), letter("<li>Train two engineers.</li>"));
    EXPECT_EQ(describe(changes), "\"3. Commitments of the parties\": removed \"Share its billing practice.\"");
}

TEST(Difference, AChangedValueInATableShowsItsRow) {
    const auto changes = compare(letter(twoItems), letter(twoItems, "<tr><td>Billing efficiency</td><td>75%</td></tr>"));
    EXPECT_EQ(describe(changes), "\"4. Targets\": \"Billing efficiency | 62%\" → \"Billing efficiency | 75%\"");
}

TEST(Difference, ARenamedHeadingIsOneChange) {
    const Document before = parseBody("<h2>Targets</h2><p>One.</p><p>Two.</p>");
    const Document after = parseBody("<h2>Agreed targets</h2><p>One.</p><p>Two.</p>");
    EXPECT_EQ(describe(compare(before, after)), "\"Targets\" → \"Agreed targets\"");
}

TEST(Difference, OnlyTheChangedSentenceOfAParagraphIsShown) {
    const std::string first = "The learning subject of the partnership is metering. ";
    const std::string last = " Both parties agree.";
    const Document before = parseBody("<h2>2. Subject</h2><p>" + first + "It lasts 6 to 8 months." + last + "</p>");
    const Document after = parseBody("<h2>2. Subject</h2><p>" + first + "It lasts six to eight months." + last + "</p>");
    EXPECT_EQ(describe(compare(before, after)),
              "\"2. Subject\": \"… It lasts 6 to 8 months. …\" → \"… It lasts six to eight months. …\"");
}

TEST(Difference, ALongSentenceIsCutToTheWordsAroundTheChange) {
    std::string start, end;
    for (int i = 0; i < 30; ++i) start += "word" + std::to_string(i) + " ";
    for (int i = 30; i < 60; ++i) end += " word" + std::to_string(i);
    const auto changes = compare(parseBody("<p>" + start + "old" + end + "</p>"), parseBody("<p>" + start + "new" + end + "</p>"));
    EXPECT_EQ(describe(changes),
              "\"… word26 word27 word28 word29 old word30 word31 word32 word33 …\" → "
              "\"… word26 word27 word28 word29 new word30 word31 word32 word33 …\"");
}

TEST(Difference, AnAddedLongTextIsCutAtAWord) {
    std::string text;
    for (int i = 0; i < 40; ++i) text += "sentence" + std::to_string(i) + " ";
    const std::string shown = describe(compare(parseBody("<p>Kept.</p>"), parseBody("<p>Kept.</p><p>" + text + "</p>")));
    EXPECT_TRUE(shown.starts_with("added \"sentence0 sentence1 ")) << shown;
    EXPECT_TRUE(shown.ends_with(" …\"")) << shown;
    EXPECT_LT(shown.size(), 200u) << shown;
}

TEST(Difference, TheFirstChangesAreDescribedAndTheRestCounted) {
    const Document before = parseBody("<p>a</p><p>b</p><p>c</p><p>d</p><p>e</p>");
    const Document after = parseBody("<p>A</p><p>b</p><p>C</p><p>d</p><p>E</p><p>f</p>");
    const auto changes = compare(before, after);
    ASSERT_EQ(changes.size(), 4u);
    EXPECT_EQ(describe(changes, 2), "\"a\" → \"A\"; \"c\" → \"C\"; and 2 more changes");
    EXPECT_EQ(describe(changes, 3), "\"a\" → \"A\"; \"c\" → \"C\"; \"e\" → \"E\"; and 1 more change");
}

}  // namespace
}  // namespace wop::markup
