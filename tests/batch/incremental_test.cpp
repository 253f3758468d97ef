// A batch makes only what is new or changed: a second batch makes nothing,
// changed data remakes that partnership's documents, a changed template
// that language's, a changed font the drafts it sets differently. Earlier
// versions stay.
#include <gtest/gtest.h>

#include <map>
#include <sstream>
#include <string>
#include <vector>

#include "batch_fixture.h"

namespace wop::batch {
namespace {

namespace fs = std::filesystem;

const char* const preparing = "peshawar-mardan-metering";

class IncrementalBatch : public BatchTest {
protected:
    // The partnership in preparation (4 documents), and a copy of it under
    // another id: two small partnerships.
    void importTwoPartnerships() {
        const auto original = sample(std::string(preparing) + ".json");
        const auto copy = scratch_ / "copy.json";
        fs::copy_file(original, copy);
        edit(copy, "\"peshawar-mardan-metering\"", "\"peshawar-mardan-copy\"");
        const auto result = wopdocs("import", test::shellQuote(original.string()) + " " + test::shellQuote(copy.string()));
        ASSERT_EQ(result.exitCode, 0) << result.output;
    }
    // The latest version of each document, by its path without the version.
    std::map<std::string, int> latestVersions() const {
        std::map<std::string, int> latest;
        for (const auto& record : registry()) {
            int& version = latest[record.key.str()];
            version = std::max(version, record.version);
        }
        return latest;
    }
    std::size_t drafts() const {
        std::size_t count = 0;
        for (const auto& record : registry()) count += record.status == model::Status::Draft;
        return count;
    }
    // A folder for the user's fonts, found before Debian's; empty, so far.
    fs::path userFonts() const { return scratch_ / "user-fonts"; }
    std::string userFontsOptions() const { return "--fonts " + test::shellQuote(userFonts().string()); }
    // The options that name it, after a first batch made with them.
    std::string firstBatchWithUserFonts() const {
        fs::create_directories(userFonts());
        const auto first = wopdocs("batch", userFontsOptions());
        EXPECT_EQ(first.exitCode, 0) << first.output;
        return userFontsOptions();
    }
    // The two partnerships made in the user's fonts, then a batch after
    // Debian's `font` took the place of the file `replaced`.
    test::CommandResult batchAfterReplacing(const std::string& replaced, const std::string& font) {
        importTwoPartnerships();
        firstBatchWithUserFonts();
        fs::copy_file("/usr/share/fonts/truetype/noto/" + font, userFonts() / replaced);
        const auto changed = wopdocs("batch", userFontsOptions());
        EXPECT_EQ(changed.exitCode, 0) << changed.output;
        return changed;
    }
    // A batch after the documents' look changed: `drafts` of the 18 made
    // again, a second version each, and no final version, which says what
    // it said; a batch after it makes nothing.
    void expectTheDraftsRemade(const test::CommandResult& changed, std::size_t drafts, const std::string& options) {
        EXPECT_EQ(changed.exitCode, 0) << changed.output;
        EXPECT_NE(changed.output.find(std::to_string(drafts) + " made, " + std::to_string(18 - drafts) + " up to date"),
                  std::string::npos)
            << changed.output;
        EXPECT_EQ(changed.output.find("re-sign"), std::string::npos) << changed.output;
        std::map<std::string, model::Status> statuses;
        for (const auto& record : registry()) statuses[record.key.str()] = record.status;
        for (const auto& [document, version] : latestVersions())
            EXPECT_EQ(version, statuses.at(document) == model::Status::Draft ? 2 : 1) << document;
        expectRegistryMatchesFiles();

        const auto again = wopdocs("batch", options);
        EXPECT_NE(again.output.find("nothing to do: 18 documents up to date"), std::string::npos) << again.output;
    }
};
WOPDOCS_ON_EVERY_DATABASE(IncrementalBatch);

TEST_P(IncrementalBatch, ASecondBatchMakesNothing) {
    importTwoPartnerships();
    const auto first = wopdocs("batch", "--jobs 2");
    ASSERT_EQ(first.exitCode, 0) << first.output;
    EXPECT_NE(first.output.find("18 made, 0 up to date"), std::string::npos) << first.output;
    expectRegistryMatchesFiles();

    const auto second = wopdocs("batch", "--jobs 2");
    EXPECT_EQ(second.exitCode, 0) << second.output;
    EXPECT_NE(second.output.find("nothing to do: 18 documents up to date"), std::string::npos) << second.output;
    EXPECT_EQ(registry().size(), 18u);
}

TEST_P(IncrementalBatch, ChangedDataRemakesThatPartnershipsDocumentsShowingItAndKeepsTheirFirstVersions) {
    importTwoPartnerships();
    ASSERT_EQ(wopdocs("batch").exitCode, 0);
    const auto file = scratch_ / (std::string(preparing) + ".json");
    edit(file, "PWON/WOP/", "PWON/WOP/NEW/");
    ASSERT_EQ(wopdocs("import", test::shellQuote(file.string())).exitCode, 0);

    const auto result = wopdocs("batch");
    EXPECT_EQ(result.exitCode, 0) << result.output;
    // Its documents that show PWON's reference, and the road map, which
    // shows every partnership, in both languages; not the letter of
    // request, which the mentee writes under a reference of its own.
    EXPECT_NE(result.output.find("8 made, 10 up to date"), std::string::npos) << result.output;
    for (const auto& [document, version] : latestVersions()) {
        const bool remade = (document.starts_with(std::string(preparing) + "/") &&
                             !document.starts_with(std::string(preparing) + "/letter-of-request")) ||
                            document.starts_with("program/");
        EXPECT_EQ(version, remade ? 2 : 1) << document;
    }
    EXPECT_TRUE(fs::exists(dataDir() / "documents" / preparing / "initial-meeting-minutes.en.v1.pdf"));
    EXPECT_TRUE(fs::exists(dataDir() / "documents" / preparing / "initial-meeting-minutes.en.v2.pdf"));
    EXPECT_EQ(registry().size(), 26u);
    expectRegistryMatchesFiles();
}

TEST_P(IncrementalBatch, AChangedTemplateRemakesThatLanguagesDocumentsWhoseWordsChanged) {
    importTwoPartnerships();
    const fs::path templates = copyTemplates();
    const std::string options = "--templates " + test::shellQuote(templates.string());
    ASSERT_EQ(wopdocs("batch", options).exitCode, 0);
    // A partial counts: the facilitator's letterhead names the program.
    const fs::path letterhead = templates / "ur" / "partials" / "letterhead.mustache";
    edit(letterhead, "قومی", "پاکستان کا قومی");
    edit(letterhead, "<line>قومی", "<line>پاکستان کا قومی");

    const auto result = wopdocs("batch", options);
    EXPECT_EQ(result.exitCode, 0) << result.output;
    // Every Urdu document but the letters of request, on the mentee's own
    // letterhead, which say what they said.
    EXPECT_NE(result.output.find("7 made, 11 up to date"), std::string::npos) << result.output;
    for (const auto& record : registry()) {
        EXPECT_TRUE(record.version == 1 || record.key.lang == model::Lang::Ur) << record.path << ": an English v2";
        EXPECT_TRUE(record.version == 1 || record.key.document != "letter-of-request") << record.path;
    }
}

// A user's font in place of a Debian one changes how every document looks,
// in both languages, but not what it says: the drafts are made again, the
// final versions stay as signed. The same font file again changes nothing.
TEST_P(IncrementalBatch, AChangedFontRemakesTheDraftsAndNoFinalVersion) {
    importTwoPartnerships();
    const fs::path fonts = userFonts();
    const std::string options = firstBatchWithUserFonts();
    const std::size_t made = drafts();
    ASSERT_GT(made, 0u);
    ASSERT_LT(made, 18u) << "the samples hold final versions too";

    fs::copy_file("/usr/share/fonts/truetype/noto/NotoSans-Regular.ttf", fonts / "NotoSans-Regular.ttf");
    const auto same = wopdocs("batch", options);
    EXPECT_NE(same.output.find("nothing to do: 18 documents up to date"), std::string::npos) << same.output;

    fs::remove(fonts / "NotoSans-Regular.ttf");
    fs::copy_file("/usr/share/fonts/truetype/noto/NotoSerif-Regular.ttf", fonts / "NotoSans-Regular.ttf");
    expectTheDraftsRemade(wopdocs("batch", options), made, options);
}

// The lines of a batch's progress (`[3/8] made ...`, `[4/8] up to date ...`):
// one per document it planned.
std::vector<std::string> progressLines(const std::string& output) {
    std::vector<std::string> lines;
    std::istringstream in(output);
    for (std::string line; std::getline(in, line);)
        if (line.starts_with("[")) lines.push_back(line);
    return lines;
}

// Another Naskh, the fallback for an Arabic letter the Nastaliq lacks, which
// no sample document has: the Urdu documents look different to the planner,
// and are rendered again, but their PDFs are what they were. No new version
// is made; the latest records the new look, and the next batch plans nothing.
TEST_P(IncrementalBatch, ADocumentSetAsBeforeInANewLookIsNoNewVersion) {
    const auto changed = batchAfterReplacing("NotoNaskhArabic-Regular.ttf", "NotoKufiArabic-Regular.ttf");
    EXPECT_NE(changed.output.find("nothing to do: 18 documents up to date"), std::string::npos) << changed.output;
    const auto planned = progressLines(changed.output);
    EXPECT_FALSE(planned.empty()) << changed.output;
    for (const std::string& line : planned) EXPECT_NE(line.find("] up to date "), std::string::npos) << line;
    for (const auto& [document, version] : latestVersions()) EXPECT_EQ(version, 1) << document;
    expectRegistryMatchesFiles();

    const auto again = wopdocs("batch", userFontsOptions());
    EXPECT_NE(again.output.find("nothing to do: 18 documents up to date"), std::string::npos) << again.output;
    EXPECT_TRUE(progressLines(again.output).empty()) << again.output;
}

// An English document is set in the Latin faces: another Nastaliq remakes
// the Urdu drafts and does not even plan an English document.
TEST_P(IncrementalBatch, AnotherUrduFontPlansNoEnglishDocument) {
    const auto changed = batchAfterReplacing("NotoNastaliqUrdu-Regular.ttf", "NotoNaskhArabic-Regular.ttf");
    const auto planned = progressLines(changed.output);
    EXPECT_FALSE(planned.empty()) << changed.output;
    for (const std::string& line : planned) EXPECT_EQ(line.find(".en."), std::string::npos) << line;
    for (const std::string& line : planned) EXPECT_EQ(line.find("(en)"), std::string::npos) << line;
    for (const auto& record : registry())
        EXPECT_TRUE(record.version == 1 || record.key.lang == model::Lang::Ur) << record.path << ": an English v2";
    expectRegistryMatchesFiles();
}

// Another paper changes how every document looks, as a font does; the
// settings naming A4, the default, change nothing.
TEST_P(IncrementalBatch, AnotherPageSizeRemakesTheDraftsAndNoFinalVersion) {
    importTwoPartnerships();
    const fs::path settings = scratch_ / "wopdocs.properties";
    test::writeFile(settings, "page.size = A4\n");
    const std::string options = "--config " + test::shellQuote(settings.string());
    ASSERT_EQ(wopdocs("batch").exitCode, 0);
    const auto same = wopdocs("batch", options);
    EXPECT_NE(same.output.find("nothing to do: 18 documents up to date"), std::string::npos) << same.output;

    test::writeFile(settings, "page.size = Letter\n");
    expectTheDraftsRemade(wopdocs("batch", options), drafts(), options);
}

}  // namespace
}  // namespace wop::batch
