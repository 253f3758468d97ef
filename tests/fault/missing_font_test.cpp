// A font the settings name is not there.
#include <gtest/gtest.h>

#include "fault_fixture.h"
#include "text/font_set.h"

namespace wop::fault {
namespace {

namespace fs = std::filesystem;

class MissingFont : public FaultTest {
protected:
    void SetUp() override {
        test::writeFile(settings_, "fonts = " + fonts_.string() + "\nfonts.bold = " + font_ + "\n");
        fs::create_directories(fonts_);
    }
    std::string config() const { return "--config " + test::shellQuote(settings_.string()); }
    // The administrator puts the font where the settings say (here a copy
    // of Noto Sans Bold under the chosen name).
    void installFont() const {
        fs::copy_file(text::FontSet(text::FontChoice::defaults(fonts_)).font(text::FontRole::Bold).path(),
                      fonts_ / font_);
    }

    const fs::path settings_ = scratch_ / "wopdocs.properties";
    const fs::path fonts_ = scratch_ / "fonts";
    const std::string font_ = "PWON Serif Bold.ttf";
};

TEST_F(MissingFont, BatchNamesTheFontMakesNothingAndTheNextRunFinishes) {
    importSamples();
    const auto missing = wopdocs("batch", config());
    EXPECT_EQ(missing.exitCode, 1) << missing.output;
    EXPECT_NE(missing.output.find("fonts.bold = " + font_ + ": no such font file in " + fonts_.string()),
              std::string::npos)
        << missing.output;
    EXPECT_EQ(pdfCount(), 0u) << "not one document in a font nobody chose";
    expectRegistryMatchesFiles();

    installFont();
    const auto rerun = wopdocs("batch", config());
    EXPECT_EQ(rerun.exitCode, 0) << rerun.output;
    expectEverySampleDocumentMadeOnce();
}

TEST_F(MissingFont, GenerateNamesTheFontAndWritesNothing) {
    const fs::path out = scratch_ / "out";
    const std::string generate = test::shellQuote(test::wopdocsBinary()) + " generate " + generateArguments(out) + " " + config();
    const auto missing = test::run(generate);
    EXPECT_EQ(missing.exitCode, 1) << missing.output;
    EXPECT_NE(missing.output.find("fonts.bold = " + font_), std::string::npos) << missing.output;
    EXPECT_FALSE(fs::exists(out));

    installFont();
    const auto rerun = test::run(generate);
    EXPECT_EQ(rerun.exitCode, 0) << rerun.output;
}

}  // namespace
}  // namespace wop::fault
