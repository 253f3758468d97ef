// The paper and margins of the settings (page.size, page.margins,
// page.margin.<side>), on the real program's PDFs read back with poppler:
// the page's size, and where the text stands, mirrored in Urdu.
#include <gtest/gtest.h>

#include <algorithm>
#include <filesystem>
#include <regex>
#include <string>

#include "support.h"

namespace wop {
namespace {

namespace fs = std::filesystem;

constexpr float millimetre = 72 / 25.4f;

struct TextExtent {
    float left = 1e9f;  // of the leftmost word, in points from the page's left edge
    float right = 0;    // of the rightmost word
};

class PageSettings : public ::testing::Test {
protected:
    test::ScratchDir dir{"page-settings"};

    // The letter of intent of the finished sample in `lang`, made with `settings`.
    fs::path generate(const std::string& settings, const std::string& lang) {
        const fs::path config = dir / "wopdocs.properties";
        test::writeFile(config, settings);
        const fs::path out = dir / "out";
        const auto made = test::run(test::shellQuote(test::wopdocsBinary()) + " generate " +
                                    test::shellQuote((test::sourceDir() / "samples" / "lahore-faisalabad-nrw.json").string()) +
                                    " --doc letter-of-intent --lang " + lang + " --out " + test::shellQuote(out.string()) +
                                    " --config " + test::shellQuote(config.string()));
        EXPECT_EQ(made.exitCode, 0) << made.output;
        return out / "lahore-faisalabad-nrw" / ("letter-of-intent." + lang + ".pdf");
    }

    static std::string pageSize(const fs::path& pdf) {
        const auto info = test::run("pdfinfo " + test::shellQuote(pdf.string()));
        std::smatch match;
        const std::regex size(R"(Page size:\s+([0-9.]+ x [0-9.]+) pts)");
        return std::regex_search(info.output, match, size) ? match[1].str() : info.output;
    }

    // Where the words of the first page stand, as pdftotext -bbox reads them.
    static TextExtent textExtent(const fs::path& pdf) {
        const auto words = test::run("pdftotext -f 1 -l 1 -bbox " + test::shellQuote(pdf.string()) + " -");
        TextExtent extent;
        const std::regex word(R"re(<word xMin="([0-9.]+)" yMin="[0-9.]+" xMax="([0-9.]+)")re");
        for (auto it = std::sregex_iterator(words.output.begin(), words.output.end(), word); it != std::sregex_iterator();
             ++it) {
            extent.left = std::min(extent.left, std::stof((*it)[1]));
            extent.right = std::max(extent.right, std::stof((*it)[2]));
        }
        return extent;
    }
};

TEST_F(PageSettings, A4IsTheDefault) {
    EXPECT_EQ(pageSize(generate("", "en")), "595.28 x 841.89");
}

TEST_F(PageSettings, LetterAndLegalInBothLanguages) {
    for (const char* lang : {"en", "ur"}) {
        EXPECT_EQ(pageSize(generate("page.size = Letter\n", lang)), "612 x 792") << lang;
        EXPECT_EQ(pageSize(generate("page.size = legal\n", lang)), "612 x 1008") << lang;
    }
}

// The text starts at the start margin, the left in English and the right in
// Urdu, and no word crosses the end margin.
TEST_F(PageSettings, MarginsAreHonouredAndMirroredInUrdu) {
    const std::string settings = "page.size = Letter\npage.margins = 20\npage.margin.start = 40\npage.margin.end = 15\n";
    const float start = 40 * millimetre, end = 15 * millimetre;
    const TextExtent english = textExtent(generate(settings, "en"));
    EXPECT_NEAR(english.left, start, 1.5f);
    EXPECT_LE(english.right, 612 - end + 0.5f);
    const TextExtent urdu = textExtent(generate(settings, "ur"));
    EXPECT_NEAR(urdu.right, 612 - start, 1.5f);
    EXPECT_GE(urdu.left, end - 0.5f);
}

TEST_F(PageSettings, AWrongSettingNamesItselfAndWhatItMustBe) {
    const fs::path config = dir / "wopdocs.properties";
    const std::string generate = test::shellQuote(test::wopdocsBinary()) + " generate " +
                                 test::shellQuote((test::sourceDir() / "samples").string()) + " --out " +
                                 test::shellQuote((dir / "out").string()) + " --config " +
                                 test::shellQuote(config.string());
    test::writeFile(config, "page.size = A5\n");
    auto result = test::run(generate);
    EXPECT_EQ(result.exitCode, 1);
    EXPECT_NE(result.output.find(config.string() + ": page.size must be A4, Letter or Legal, not \"A5\""),
              std::string::npos)
        << result.output;
    test::writeFile(config, "page.margin.bottom = 12\n");
    result = test::run(generate);
    EXPECT_EQ(result.exitCode, 1);
    EXPECT_NE(result.output.find(config.string() +
                                 ": page.margin.bottom must be a number of millimetres from 20 to 80, not \"12\""),
              std::string::npos)
        << result.output;
    test::writeFile(config, "page.size = Letter\npage.margins = 70\n");
    result = test::run(generate);
    EXPECT_EQ(result.exitCode, 1);
    EXPECT_NE(result.output.find(config.string() + ": the margins leave less than 80 mm of the page's width for the text"),
              std::string::npos)
        << result.output;
    EXPECT_FALSE(fs::exists(dir / "out"));
}

}  // namespace
}  // namespace wop
