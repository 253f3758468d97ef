// A portal's port is its own: a second one on the same address refuses to
// start, saying why, instead of sharing the connections (SO_REUSEPORT).
#include <gtest/gtest.h>

#include <Poco/Exception.h>

#include "portal_fixture.h"
#include "store/store.h"

namespace wop::test {
namespace {

TEST(PortTaken, ASecondPortalOnTheSamePortRefusesToStart) {
    const PortalServer first;
    server::PortalSettings settings = PortalServer::fastSettings();
    settings.port = first.port();
    try {
        server::Portal second(settings, store::StoreLocation{first.dataDir(), ""});
        ADD_FAILURE() << "a second portal started on port " << first.port();
    } catch (const Poco::Exception& e) {
        EXPECT_NE(e.displayText().find("cannot listen on 127.0.0.1:" + std::to_string(first.port())), std::string::npos)
            << e.displayText();
        EXPECT_NE(e.displayText().find("another wopdocs serve"), std::string::npos) << e.displayText();
    }
    EXPECT_EQ(first.get("/sign-in").status, 200) << "the first one still answers";
}

TEST(PortTaken, ServeSaysSoAndExitsWithOne) {
    const PortalServer first;
    const CommandResult result = run(shellQuote(wopdocsBinary()) + " serve --port " + std::to_string(first.port()) +
                                     " --data-dir " + shellQuote(first.dataDir().string()));
    EXPECT_EQ(result.exitCode, 1) << result.output;
    EXPECT_NE(result.output.find("cannot listen on 127.0.0.1:" + std::to_string(first.port())), std::string::npos)
        << result.output;
}

}  // namespace
}  // namespace wop::test
