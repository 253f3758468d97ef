// Signature blocks: never split, never alone on a page (two lines of body
// text and any heading between go with them).
#include <gtest/gtest.h>

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

INSTANTIATE_TEST_SUITE_P(BothDirections, SignaturesIn, testing::Values(test::english(), test::urdu()),
                         [](const auto& info) { return info.param.name; });

}  // namespace
}  // namespace wop::layout
