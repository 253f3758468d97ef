// What `generate` and a batch print while they make documents.
#include <gtest/gtest.h>

#include <sstream>

#include "render/progress.h"

namespace wop::render {
namespace {

TEST(Progress, WritesALinePerDocumentToALog) {
    std::ostringstream out;
    Progress progress(out, false);
    progress.expect(3);
    progress.made("documents/lahore/work-plan.en.v1.pdf");
    progress.upToDate("lahore/monthly-report-2024-07 (en)");
    progress.failed("lahore/letter-of-intent (en)", "template: boom");
    progress.close();
    EXPECT_EQ(out.str(),
              "[1/3] made documents/lahore/work-plan.en.v1.pdf\n"
              "[2/3] up to date lahore/monthly-report-2024-07 (en)\n"
              "[3/3] failed lahore/letter-of-intent (en): template: boom\n");
}

TEST(Progress, CountsWhatABatchExpectsInItsSecondRound) {
    std::ostringstream out;
    Progress progress(out, false);
    progress.expect(1);
    progress.made("a.pdf");
    progress.expect(1);
    progress.made("b.pdf");
    EXPECT_EQ(out.str(), "[1/1] made a.pdf\n[2/2] made b.pdf\n");
}

TEST(Progress, RedrawsOneLineOnATerminal) {
    std::ostringstream out;
    Progress progress(out, true);
    progress.expect(2);
    progress.made("out/lahore/work-plan.en.pdf");
    EXPECT_EQ(out.str().find('\n'), std::string::npos) << "no line of its own per document";
    EXPECT_NE(out.str().find("1/2  out/lahore/work-plan.en.pdf"), std::string::npos) << out.str();
    progress.close();
    EXPECT_TRUE(out.str().ends_with("\r\033[K")) << "cleared for the summary";
}

TEST(Progress, PrintsAFailureAboveTheLineOnATerminal) {
    std::ostringstream out;
    Progress progress(out, true);
    progress.expect(2);
    progress.failed("out/lahore/work-plan.ur.pdf", "pdf: disk full");
    const std::string printed = out.str();
    const std::size_t failure = printed.find("failed out/lahore/work-plan.ur.pdf: pdf: disk full\n");
    ASSERT_NE(failure, std::string::npos) << printed;
    EXPECT_NE(printed.find("1/2  out/lahore/work-plan.ur.pdf", failure), std::string::npos)
        << "the line drawn again below it:\n" << printed;
}

TEST(Progress, ClearsNothingWhenNothingWasDrawn) {
    std::ostringstream out;
    Progress progress(out, true);
    progress.close();
    EXPECT_EQ(out.str(), "");
}

}  // namespace
}  // namespace wop::render
