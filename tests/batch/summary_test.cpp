// What a batch prints when it is done.
#include <gtest/gtest.h>

#include <sstream>

#include "batch/batch_report.h"

namespace wop::batch {
namespace {

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
