// The mail server drops the connection in the middle of a message.
#include <gtest/gtest.h>

#include <chrono>
#include <csignal>
#include <thread>

#include <arpa/inet.h>
#include <netinet/in.h>
#include <spawn.h>
#include <sys/socket.h>
#include <sys/wait.h>
#include <unistd.h>

#include "mail/outbox.h"
#include "sample_store.h"
#include "smtp_server.h"
#include "store/store.h"

namespace wop::fault {
namespace {

namespace fs = std::filesystem;

// dropping_smtp_server.py on 127.0.0.1: it greets, takes the envelope, says
// 354 to DATA, reads the first 4 KiB of the message and hangs up.
class DroppingSmtpServer {
public:
    explicit DroppingSmtpServer(const fs::path& log) : log_(log), port_(test::freeLoopbackPort()) {
        const std::string script = (test::sourceDir() / "tests" / "fault" / "dropping_smtp_server.py").string();
        const std::string port = std::to_string(port_);
        const char* argv[] = {"/usr/bin/python3", script.c_str(), port.c_str(), log_.c_str(), nullptr};
        if (posix_spawn(&pid_, argv[0], nullptr, nullptr, const_cast<char* const*>(argv), environ) != 0)
            throw std::runtime_error("cannot start " + script);
        for (int attempt = 0; attempt < 300 && !test::acceptsConnections(port_); ++attempt)  // 30 s at most
            std::this_thread::sleep_for(std::chrono::milliseconds(100));
        if (!test::acceptsConnections(port_)) throw std::runtime_error(script + " does not accept connections");
    }
    ~DroppingSmtpServer() {
        ::kill(pid_, SIGTERM);
        ::waitpid(pid_, nullptr, 0);
    }
    int port() const { return port_; }

private:
    fs::path log_;
    int port_;
    pid_t pid_ = -1;
};

class SmtpDropped : public ::testing::Test {
protected:
    test::CommandResult mail(int port, const std::string& options = "") {
        const fs::path settings = folder_ / "wopdocs.properties";
        test::writeFile(settings, "data.dir = " + samples_.dataDir().string() + "\nmail.host = 127.0.0.1\nmail.port = " +
                                      std::to_string(port) + "\nmail.from = PWON <secretariat@pwon.org.pk>\n");
        return test::run(test::shellQuote(test::wopdocsBinary()) + " mail " + options + " --config " +
                         test::shellQuote(settings.string()));
    }
    std::vector<mail::OutboxMessage> outbox() {
        store::Store store({samples_.dataDir(), ""});
        return mail::Outbox(store.database()).all();
    }

    test::SampleStore samples_;
    test::ScratchDir folder_{"smtp-dropped"};
};

TEST_F(SmtpDropped, EveryMessageWaitsUnsentAndTheNextRunSendsEachOnce) {
    const fs::path drops = folder_ / "drops.log";
    {
        DroppingSmtpServer dropping(drops);
        const auto dropped = mail(dropping.port());
        EXPECT_EQ(dropped.exitCode, 1) << dropped.output;
        EXPECT_NE(dropped.output.find("0 sent"), std::string::npos) << dropped.output;
        // Which of the two depends on whether the server's close reached
        // wopdocs while it still sent (a reset) or once it waited for the answer.
        const bool saysItBroke =
            dropped.output.find("the mail server closed the connection before it accepted the message") !=
                std::string::npos ||
            dropped.output.find("the connection to the mail server broke while the message was sent") !=
                std::string::npos;
        EXPECT_TRUE(saysItBroke) << "says the connection broke, not that the server refused:\n" << dropped.output;
    }
    ASSERT_TRUE(fs::exists(drops)) << "the server never got to DATA";
    EXPECT_NE(test::readFile(drops).find("dropped during DATA after"), std::string::npos);

    const auto waiting = outbox();
    ASSERT_FALSE(waiting.empty());
    for (const auto& message : waiting) {
        EXPECT_EQ(message.state, mail::OutboxState::Waiting) << message.describe();
        EXPECT_EQ(message.attempts, 1) << message.describe();
    }

    test::SmtpServer smtp;
    smtp.start();
    const auto rerun = mail(smtp.port(), "--retry-now");
    EXPECT_EQ(rerun.exitCode, 0) << rerun.output;
    std::set<std::string> messageIds;
    const auto received = smtp.messages();
    for (const auto& message : received) EXPECT_TRUE(messageIds.insert(message.messageId).second) << message.subject;
    EXPECT_EQ(received.size(), waiting.size()) << "each message once";
    for (const auto& message : outbox()) EXPECT_EQ(message.state, mail::OutboxState::Sent) << message.describe();
}

}  // namespace
}  // namespace wop::fault
