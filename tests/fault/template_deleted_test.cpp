// A template is deleted while a batch runs.
#include <gtest/gtest.h>

#include <chrono>
#include <thread>

#include "child_process.h"
#include "fault_fixture.h"

namespace wop::fault {
namespace {

namespace fs = std::filesystem;

class TemplateDeleted : public FaultTest {
protected:
    void SetUp() override { fs::copy(test::sourceDir() / "templates", templates_, fs::copy_options::recursive); }

    const fs::path templates_ = scratch_ / "templates";
    const fs::path workPlan_ = templates_ / "en" / "work-plan.mustache";
};

// The running batch made every document from the templates it read when it
// started; the next one sees the template gone, says which, and makes the
// others; once it is back, the next finishes.
TEST_F(TemplateDeleted, TheRunningBatchFinishesAndTheNextNamesTheMissingTemplate) {
    importSamples();
    const std::string saved = test::readFile(workPlan_);
    std::vector<std::string> arguments = {"batch", "--jobs", "1", "--templates", templates_.string()};
    for (const std::string& argument : storeArguments()) arguments.push_back(argument);
    {
        test::ChildProcess batch(test::wopdocsBinary(), arguments, scratch_ / "batch.log");
        while (batch.running() && pdfCount() < 4) std::this_thread::sleep_for(std::chrono::milliseconds(20));
        ASSERT_TRUE(batch.running()) << "the batch ended before the template could be deleted:\n"
                                     << test::readFile(scratch_ / "batch.log");
        fs::remove(workPlan_);
        EXPECT_EQ(batch.wait(), 0) << test::readFile(scratch_ / "batch.log");
    }
    expectRegistryMatchesFiles();

    const std::string templatesOption = "--templates " + test::shellQuote(templates_.string());
    const auto next = wopdocs("batch", templatesOption);
    EXPECT_EQ(next.exitCode, 1) << next.output;
    EXPECT_NE(next.output.find("no template " + workPlan_.string()), std::string::npos) << next.output;
    EXPECT_NE(next.output.find(" made"), std::string::npos) << "the other documents are made:\n" << next.output;
    expectRegistryMatchesFiles();

    test::writeFile(workPlan_, saved);
    const auto restored = wopdocs("batch", templatesOption);
    EXPECT_EQ(restored.exitCode, 0) << restored.output;
    expectRegistryMatchesFiles();
    const auto again = wopdocs("batch", templatesOption);
    EXPECT_NE(again.output.find("nothing to do"), std::string::npos) << again.output;
}

}  // namespace
}  // namespace wop::fault
