// Signature blocks: never split, never alone on a page (two lines of body
// text and any heading between go with them), room to sign and stamp, a lone
// block half the width, the lines of a row level whatever wraps above them.
#include <gtest/gtest.h>

#include <algorithm>
#include <cmath>
#include <variant>

#include "layout_support.h"

namespace wop::layout {
namespace {

using test::Language;
using test::layOut;
using test::marker;
using test::paragraph;
using test::space;
using test::spacesNearThePageEnd;
using test::expectOnOnePage;

const std::string signatures = R"(<signatures>
  <signature label="For the mentee" name="Ali Raza" title="Managing Director" org="WASA Faisalabad" date-label="Date"/>
  <signature label="For the mentor" name="Sara Khan" title="Director" org="WASA Lahore" date-label="Date"/>
  <signature label="Witness" name="Omar Farooq" title="Coordinator" org="PWON" date-label="Date"/>
</signatures>)";

// A second row of signatures under the first three.
const std::string twoRowsOfSignatures = R"(<signatures>
  <signature label="Mentee" name="Ali Raza" title="Managing Director" org="WASA Faisalabad" date-label="Date"/>
  <signature label="Mentor" name="Sara Khan" title="Director" org="WASA Lahore" date-label="Date"/>
  <signature label="Witness" name="Omar Farooq" title="Coordinator" org="PWON" date-label="Date"/>
  <signature label="Observer" name="Hina Malik" title="Engineer" org="WASA Multan" date-label="Date"/>
  <signature label="Recorder" name="Bilal Ahmed" title="Officer" org="WASA Quetta" date-label="Date"/>
</signatures>)";

TEST(Signatures, RowIsNeverSplitAcrossPages) {
    for (float s : spacesNearThePageEnd())
        expectOnOnePage(layOut(space(s) + signatures),
                        {"For the mentee", "Ali Raza", "Sara Khan", "WASA Lahore", "Omar Farooq", "PWON"}, s);
}

TEST(Signatures, BlockOfTwoRowsIsNeverSplitAcrossPages) {
    for (float s : spacesNearThePageEnd())
        expectOnOnePage(layOut(space(s) + twoRowsOfSignatures), {"Mentee", "Ali Raza", "Hina Malik", "Bilal Ahmed"}, s);
}

class SignaturesIn : public testing::TestWithParam<Language> {
protected:
    PageSet layOutAfter(float spaceBefore, const std::string& body) const {
        return layOut(space(spaceBefore) + body, GetParam().attributes);
    }
};

TEST_P(SignaturesIn, KeepTheLastTwoLinesBeforeThem) {
    for (float s : spacesNearThePageEnd())
        expectOnOnePage(layOutAfter(s, paragraph(GetParam(), "Line", 6) + signatures),
                        {marker("Line", 5), marker("Line", 6), "For the mentee"}, s);
}

TEST_P(SignaturesIn, KeepTheirHeadingAndTheLastTwoLinesBeforeIt) {
    const std::string heading = "<h3>" + GetParam().line("Signed at mark") + "</h3>";
    for (float s : spacesNearThePageEnd())
        expectOnOnePage(layOutAfter(s, paragraph(GetParam(), "Line", 6) + heading + signatures),
                        {marker("Line", 5), marker("Line", 6), "Signed at mark", "For the mentee"}, s);
}

TEST_P(SignaturesIn, TakeALineOfTheParagraphBeforeAOneLineParagraph) {
    for (float s : spacesNearThePageEnd())
        expectOnOnePage(layOutAfter(s, paragraph(GetParam(), "Line", 6) + paragraph(GetParam(), "Closing", 1) + signatures),
                        {marker("Line", 6), marker("Closing", 1), "For the mentee"}, s);
}

std::vector<const LineItem*> linesOfWidth(const Page& page, float width) {
    std::vector<const LineItem*> found;
    for (const Item& item : page.items)
        if (auto* line = std::get_if<LineItem>(&item); line && line->width == width) found.push_back(line);
    return found;
}

std::vector<const LineItem*> signingLines(const Page& page) { return linesOfWidth(page, 0.7f); }
std::vector<const LineItem*> dateLines(const Page& page) { return linesOfWidth(page, 0.5f); }

TEST_P(SignaturesIn, LeaveThreeCentimetresToSignUnderTheirLabels) {
    const Page page = layOut(signatures, GetParam().attributes).pages[0];
    auto lines = signingLines(page);
    ASSERT_EQ(lines.size(), 3u);
    for (const char* label : {"For the mentee", "For the mentor", "Witness"}) {
        const TextItem* item = test::itemWith(page, label);
        ASSERT_TRUE(item) << label;
        for (const LineItem* line : lines) EXPECT_GE(test::boxOf(*item).bottom - line->y1, 3 * 72 / 2.54f) << label;
    }
}

TEST_P(SignaturesIn, LoneBlockTakesHalfTheWidthOnTheStartSide) {
    const Page page = layOut(R"(<signatures><signature label="Yours sincerely," name="Ali Raza" title="Managing Director"
                                  org="WASA Faisalabad"/></signatures>)",
                             GetParam().attributes)
                          .pages[0];
    auto lines = signingLines(page);
    ASSERT_EQ(lines.size(), 1u);
    EXPECT_NEAR(lines[0]->x2 - lines[0]->x1, test::contentWidth / 2, test::tolerance);
    const bool rightToLeft = GetParam().attributes.find("ur") != std::string::npos;
    EXPECT_NEAR(rightToLeft ? lines[0]->x2 : lines[0]->x1, rightToLeft ? test::contentRight : test::contentLeft,
                test::tolerance);
}

// A label that wraps, an organisation that wraps, a block without a title.
const std::string unevenRow = R"(<signatures>
  <signature label="Witness for the Supervisory Board of the Mentee Utility" name="Hina Malik" title="Member" org="PWON" date-label="Date"/>
  <signature label="For the mentor" name="Sara Khan" title="Director" org="Water and Sanitation Agency of the Lahore Development Authority" date-label="Date"/>
  <signature label="Witness" name="Omar Farooq" title="" org="PWON" date-label="Date"/>
</signatures>)";

TEST_P(SignaturesIn, RowKeepsItsSigningAndDateLinesLevel) {
    const Page page = layOut(unevenRow, GetParam().attributes).pages[0];
    std::vector<float> dateLabels;
    float dateLabelTop = 0;
    for (const TextItem* item : test::bodyText(page))
        if (item->run.logicalText().find("Date") != std::string::npos) {
            dateLabels.push_back(item->y);
            dateLabelTop = std::max(dateLabelTop, test::boxOf(*item).top);
        }
    ASSERT_EQ(dateLabels.size(), 3u);
    auto signing = signingLines(page);
    auto dates = dateLines(page);
    ASSERT_EQ(signing.size(), 3u);
    ASSERT_EQ(dates.size(), 3u);
    for (size_t k = 1; k < 3; ++k) {
        EXPECT_FLOAT_EQ(dateLabels[k], dateLabels[0]);
        EXPECT_FLOAT_EQ(signing[k]->y1, signing[0]->y1);
        EXPECT_FLOAT_EQ(dates[k]->y1, dates[0]->y1);
    }
    // Under the last line of the organisation that wraps.
    for (const TextItem* item : test::bodyText(page)) {
        if (item->y == dateLabels[0]) continue;
        EXPECT_GT(test::boxOf(*item).bottom, dateLabelTop) << item->run.logicalText();
    }
}

std::vector<const SignatureField*> fieldsOf(const Page& page) {
    std::vector<const SignatureField*> fields;
    for (const Item& item : page.items)
        if (const auto* field = std::get_if<SignatureField>(&item)) fields.push_back(field);
    return fields;
}

const std::string signedByRoles = R"(<signatures>
  <signature role="mentee-director" label="For the mentee" name="Ali Raza" title="Director" org="WASA Faisalabad" date-label="Date"/>
  <signature role="mentor-director" label="For the mentor" name="Sara Khan" title="Director" org="WASA Lahore" date-label="Date"/>
</signatures>)";

// A final document's signatories sign in fields over their room to sign:
// from under the label down to the line, the block's width, named by role.
TEST_P(SignaturesIn, OfAFinalDocumentHaveAFieldOverTheirRoomToSign) {
    const Page page = layOut(signedByRoles, GetParam().attributes + R"( status="final")").pages[0];
    const auto fields = fieldsOf(page);
    const auto lines = signingLines(page);
    ASSERT_EQ(fields.size(), 2u);
    ASSERT_EQ(lines.size(), 2u);
    std::vector<std::string> names;
    for (const SignatureField* field : fields) {
        names.push_back(field->name);
        EXPECT_NEAR(field->height, style::signingHeight, test::tolerance);
        const bool onALine = std::any_of(lines.begin(), lines.end(), [&](const LineItem* line) {
            return std::abs(line->y1 - field->y) < test::tolerance && std::abs(line->x1 - field->x) < test::tolerance &&
                   std::abs(line->x2 - (field->x + field->width)) < test::tolerance;
        });
        EXPECT_TRUE(onALine) << field->name;
    }
    const bool rightToLeft = GetParam().attributes.find("ur") != std::string::npos;
    EXPECT_EQ(names, (std::vector<std::string>{"mentee-director", "mentor-director"}));
    EXPECT_EQ(fields[0]->x > fields[1]->x, rightToLeft);  // the first block on the start side
}

TEST_P(SignaturesIn, OfADraftHaveNoFields) {
    EXPECT_TRUE(fieldsOf(layOut(signedByRoles, GetParam().attributes).pages[0]).empty());
}

INSTANTIATE_TEST_SUITE_P(BothDirections, SignaturesIn, testing::Values(test::english(), test::urdu()),
                         [](const auto& info) { return info.param.name; });

}  // namespace
}  // namespace wop::layout
