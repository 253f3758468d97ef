// Clients that send their request a little at a time hold no thread of the
// portal: every other client is answered meanwhile, and they are closed at
// their deadline.
#include <gtest/gtest.h>

#include <atomic>
#include <chrono>
#include <thread>
#include <vector>

#include <Poco/Exception.h>

#include "portal_fixture.h"

namespace wop::test {
namespace {

using Clock = std::chrono::steady_clock;

TEST(PortalSlowClients, OthersAreAnsweredAndTheSlowAreClosedAtTheirDeadline) {
    server::PortalSettings settings = PortalServer::fastSettings();
    settings.requestDeadline = std::chrono::seconds(3);
    const PortalServer portal(settings);

    // 60 connections from one address, each sending its request line, then a header line every half second.
    const Clock::time_point started = Clock::now();
    std::vector<Poco::Net::StreamSocket> slow;
    for (int i = 0; i < 60; ++i) {
        slow.push_back(portal.connect("127.0.0.1"));
        slow.back().sendBytes("GET /style.css HTTP/1.1\r\n", 25);
    }
    std::atomic<bool> done = false;
    std::thread dribble([&] {
        while (!done) {
            for (Poco::Net::StreamSocket& socket : slow) {
                try {
                    socket.sendBytes("X-Slow: 1\r\n", 11);
                } catch (const Poco::Exception&) {
                    // closed by the portal
                }
            }
            std::this_thread::sleep_for(std::chrono::milliseconds(500));
        }
    });

    std::this_thread::sleep_for(std::chrono::milliseconds(500));
    const Clock::time_point asked = Clock::now();
    const std::string answer = portal.exchangeBytes("GET /style.css HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n", "127.0.0.2");
    const auto waited = Clock::now() - asked;
    EXPECT_TRUE(answer.starts_with("HTTP/1.1 200 OK\r\n")) << answer;
    EXPECT_LT(waited, std::chrono::seconds(2));

    // Each slow connection is answered and closed: 408 at its deadline, or
    // 503 at once for those past the address's 8.
    int timedOut = 0, refused = 0;
    for (Poco::Net::StreamSocket& socket : slow) {
        socket.setReceiveTimeout(Poco::Timespan(8, 0));
        std::string received;
        char buffer[1024];
        try {
            for (int n; (n = socket.receiveBytes(buffer, sizeof buffer)) > 0;) received.append(buffer, static_cast<std::size_t>(n));
        } catch (const Poco::TimeoutException&) {
            ADD_FAILURE() << "a slow connection is still open";
        } catch (const Poco::Exception&) {
            // reset after the answer
        }
        timedOut += received.starts_with("HTTP/1.1 408 ");
        refused += received.starts_with("HTTP/1.1 503 ");
    }
    const auto closed = Clock::now() - started;
    done = true;
    dribble.join();
    EXPECT_EQ(timedOut, 8);
    EXPECT_EQ(refused, 52);
    EXPECT_LT(closed, std::chrono::seconds(6));
}

}  // namespace
}  // namespace wop::test
