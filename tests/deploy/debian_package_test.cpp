// The Debian package cpack makes, installed with dpkg -i as an
// administrator would: into a copy of this machine (machine_copy.h), so
// that the test changes nothing the other tests see (no wopdocs user, no
// /usr/bin/wopdocs, no /etc/wopdocs), and with the sources out of reach.
#include <gtest/gtest.h>

#include "machine_copy.h"
#include "skip.h"
#include "support.h"

namespace wop {
namespace {

namespace fs = std::filesystem;

class DebianPackage : public ::testing::Test {
protected:
    static void SetUpTestSuite() {
        scratch_ = new test::ScratchDir("debian-package");
        build_ = new test::CommandResult(test::run(
            test::shellQuote(CPACK_COMMAND) + " -G DEB --config " +
            test::shellQuote((test::buildDir() / "CPackConfig.cmake").string()) + " -B " +
            test::shellQuote((*scratch_ / "package").string())));
    }
    static void TearDownTestSuite() {
        delete build_;
        delete scratch_;
    }
    void SetUp() override {
        ASSERT_EQ(build_->exitCode, 0) << build_->output;
        // The package itself, not cpack's copies under _CPack_Packages/.
        for (const auto& entry : fs::directory_iterator(*scratch_ / "package"))
            if (entry.path().extension() == ".deb") package_ = entry.path();
        ASSERT_FALSE(package_.empty()) << build_->output;
    }

    static test::ScratchDir* scratch_;
    static test::CommandResult* build_;
    fs::path package_;
};
test::ScratchDir* DebianPackage::scratch_ = nullptr;
test::CommandResult* DebianPackage::build_ = nullptr;

TEST_F(DebianPackage, DependsOnTheLibrariesItLinksAndTheNotoFonts) {
    const auto depends = test::run("dpkg-deb --field " + test::shellQuote(package_.string()) + " Depends");
    ASSERT_EQ(depends.exitCode, 0) << depends.output;
    for (const char* package : {"fonts-noto-core", "libharfbuzz0b", "libicu72", "libqpdf29", "libhpdf-2.3.0",
                                "libpocofoundation80", "libpocodatasqlite80", "libssl3"})
        EXPECT_NE(depends.output.find(package), std::string::npos) << package << " in " << depends.output;
}

TEST_F(DebianPackage, InstallsAndRunsWithItsUserSettingsAndServices) {
    if (!test::canMakeMountNamespaces()) return test::skipForWant("needs root and unshare, for a copy of the machine");
    const test::MachineCopy machine(*scratch_ / "machine");
    const auto install = machine.run("dpkg -i " + test::shellQuote(package_.string()));
    ASSERT_EQ(install.exitCode, 0) << install.output;

    // The samples made by the installed program, its files under /usr/share.
    const auto generate = machine.run("cd /tmp && wopdocs generate /usr/share/wopdocs/samples --out /tmp/samples");
    EXPECT_EQ(generate.exitCode, 0) << generate.output;
    const auto made = machine.run("find /tmp/samples -name '*.pdf' | wc -l");
    EXPECT_GT(std::stoi(made.output), 60) << generate.output;

    // The user the services run as, owner of the data folder, which the
    // settings file postinst wrote names for the administrator's commands.
    const auto user = machine.run("stat -c '%U %a' /var/lib/wopdocs && stat -c '%U %G %a' /etc/wopdocs/wopdocs.properties");
    EXPECT_EQ(user.output, "wopdocs 750\nroot wopdocs 640\n");
    const auto import = machine.run("cd / && runuser -u wopdocs -- wopdocs import /usr/share/wopdocs/samples && "
                                    "ls /var/lib/wopdocs");
    EXPECT_EQ(import.exitCode, 0) << import.output;
    EXPECT_NE(import.output.find("wopdocs.sqlite"), std::string::npos) << import.output;

    // The units as systemd reads them, with their shared drop-in.
    const auto verify = machine.run("systemd-analyze verify wopdocs-portal.service wopdocs-schedule.service 2>&1");
    EXPECT_EQ(verify.exitCode, 0) << verify.output;
    EXPECT_EQ(verify.output, "");
    for (const char* unit : {"wopdocs-portal.service", "wopdocs-schedule.service"}) {
        const auto security = machine.run(std::string("systemd-analyze security --offline=true ") + unit);
        for (const char* sandboxed : {"✓ User=/DynamicUser=", "✓ PrivateTmp=", "✓ ProtectSystem=",
                                      "✓ ProtectHome=", "✓ CapabilityBoundingSet=~CAP_SYS_ADMIN"})
            EXPECT_NE(security.output.find(sandboxed), std::string::npos) << unit << ": " << sandboxed << "\n"
                                                                          << security.output;
    }
}

}  // namespace
}  // namespace wop
