// The commands as an administrator runs them: wopdocs mail and wopdocs schedule.
#include <gtest/gtest.h>

#include "sample_store.h"
#include "smtp_server.h"

namespace wop::test {
namespace {

class MailCommandTest : public ::testing::Test {
protected:
    // A settings file with the store and the SMTP server.
    std::filesystem::path settings(const std::string& more = "") {
        const auto file = folder_ / "wopdocs.properties";
        writeFile(file, "data.dir = " + samples_.dataDir().string() + "\nmail.host = 127.0.0.1\nmail.port = " +
                            std::to_string(smtp_.port()) + "\nmail.from = PWON <secretariat@pwon.org.pk>\n" + more);
        return file;
    }

    CommandResult wopdocs(const std::string& arguments) {
        return run(shellQuote(wopdocsBinary()) + " " + arguments + " --config " + shellQuote(settings().string()));
    }

    SampleStore samples_;
    SmtpServer smtp_;
    ScratchDir folder_{"mail-command"};
};

TEST_F(MailCommandTest, ReportsWhatWaitsWhileTheServerIsDown) {
    const CommandResult down = wopdocs("mail");
    EXPECT_EQ(down.exitCode, 1) << down.output;
    EXPECT_NE(down.output.find("0 sent"), std::string::npos) << down.output;
    const CommandResult status = wopdocs("mail --status");
    EXPECT_EQ(status.exitCode, 0) << status.output;
    EXPECT_NE(status.output.find("waiting"), std::string::npos) << status.output;
    EXPECT_NE(status.output.find("lahore-faisalabad-nrw/letter-of-intent (en v1, ur v1)"), std::string::npos);
    EXPECT_NE(status.output.find("last error: cannot reach the mail server"), std::string::npos);

    smtp_.start();
    const CommandResult up = wopdocs("mail --retry-now");
    EXPECT_EQ(up.exitCode, 0) << up.output;
    EXPECT_NE(up.output.find("0 waiting"), std::string::npos) << up.output;
    EXPECT_NE(wopdocs("mail --status").output.find("nothing waiting"), std::string::npos);
}

TEST_F(MailCommandTest, ScheduleOnceRunsTheBatchThenTheMailAndLogsIt) {
    smtp_.start();
    const auto log = folder_ / "schedule.log";
    const CommandResult once = wopdocs("schedule --once --log " + shellQuote(log.string()));
    EXPECT_EQ(once.exitCode, 0) << once.output;
    const std::string logged = readFile(log);
    EXPECT_NE(logged.find("cycle started"), std::string::npos) << logged;
    EXPECT_NE(logged.find("batch: nothing to do"), std::string::npos) << logged;
    EXPECT_NE(logged.find("0 waiting"), std::string::npos) << logged;
    EXPECT_NE(logged.find("cycle done"), std::string::npos) << logged;
    EXPECT_FALSE(smtp_.messages().empty());
}

TEST_F(MailCommandTest, ScheduleRefusesAWrongCronExpression) {
    const CommandResult wrong = wopdocs("schedule --cron '0 25 * * *'");
    EXPECT_EQ(wrong.exitCode, 1);
    EXPECT_NE(wrong.output.find("the hour field takes numbers from 0 to 23"), std::string::npos) << wrong.output;
}

TEST_F(MailCommandTest, APasswordIsNeverSentWithoutTls) {
    smtp_.start();
    const auto file = settings("mail.user = pwon\nmail.password = secret\n");
    const CommandResult result = run(shellQuote(wopdocsBinary()) + " mail --config " + shellQuote(file.string()));
    EXPECT_EQ(result.exitCode, 1);
    EXPECT_NE(result.output.find("mail.starttls is not"), std::string::npos) << result.output;
    EXPECT_TRUE(smtp_.messages().empty());
}

}  // namespace
}  // namespace wop::test
