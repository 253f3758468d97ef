// What a batch prints while it runs, and after.
#include <gtest/gtest.h>

#include <sstream>

#include "batch/batch_report.h"
#include "batch/progress.h"

namespace wop::batch {
namespace {

DocumentJob job(const std::string& document, int version) {
    DocumentJob job;
    job.record.key = {"lahore", document, model::Lang::En};
    job.record.version = version;
    job.record.path = "documents/lahore/" + document + ".en.v" + std::to_string(version) + ".pdf";
    return job;
}

TEST(Progress, WritesALinePerDocumentToALog) {
    std::ostringstream out;
    Progress progress(out, false);
    progress.expect(3);
    progress.finished(job("work-plan", 1), true, nullptr);
    progress.finished(job("monthly-report-2024-07", 2), false, nullptr);
    const std::string error = "template: boom";
    progress.finished(job("letter-of-intent", 2), true, &error);
    progress.close();
    EXPECT_EQ(out.str(),
              "[1/3] made documents/lahore/work-plan.en.v1.pdf\n"
              "[2/3] up to date lahore/monthly-report-2024-07 (en)\n"
              "[3/3] failed lahore/letter-of-intent (en): template: boom\n");
}

TEST(Progress, RedrawsOneLineOnATerminal) {
    std::ostringstream out;
    Progress progress(out, true);
    progress.expect(2);
    progress.finished(job("work-plan", 1), true, nullptr);
    EXPECT_TRUE(out.str().ends_with("1/2  lahore/work-plan (en) v1")) << out.str();
    progress.finished(job("letter-of-intent", 2), false, nullptr);
    EXPECT_TRUE(out.str().ends_with("2/2  lahore/letter-of-intent (en)")) << "no version made: " << out.str();
    progress.close();
    EXPECT_EQ(out.str().find('\n'), std::string::npos) << "no line of its own per document";
    EXPECT_TRUE(out.str().ends_with("\r\033[K")) << "cleared for the summary";
}

TEST(Summary, SaysWhenThereIsNothingToDo) {
    BatchReport report;
    report.upToDate = 80;
    std::ostringstream out;
    printSummary(report, out);
    EXPECT_EQ(out.str(), "nothing to do: 80 documents up to date\n");
}

TEST(Summary, SaysWhenTheStoreIsEmpty) {
    BatchReport report;
    report.emptyStore = true;
    std::ostringstream out;
    printSummary(report, out);
    EXPECT_EQ(out.str(), "nothing to do: the store holds no partnerships (add them with wopdocs import)\n");
}

TEST(Summary, ListsEachFailureAndWhatToSignAgain) {
    BatchReport report;
    report.made = 3;
    report.upToDate = 5;
    report.failures.push_back({"lahore/work-plan (ur)", "template: boom"});
    report.resign.push_back("final version v1 of lahore/letter-of-intent (en) superseded by v2 — re-sign");
    report.threads = 2;
    report.seconds = 1.5;
    std::ostringstream out;
    printSummary(report, out);
    EXPECT_EQ(out.str(),
              "3 made, 5 up to date, 1 failed (1.5 s, 2 threads, 2.0 documents/s)\n"
              "failed:\n"
              "  lahore/work-plan (ur): template: boom\n"
              "warning: final version v1 of lahore/letter-of-intent (en) superseded by v2 — re-sign\n");
    EXPECT_FALSE(report.succeeded());
}

}  // namespace
}  // namespace wop::batch
