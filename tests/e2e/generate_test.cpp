// The `wopdocs` command end to end, as a user runs it: every sample
// document in both languages, checked with qpdf, pdffonts and pdftotext.
#include <gtest/gtest.h>

#include <cstdlib>
#include <filesystem>
#include <regex>
#include <set>

#include "context/catalogue.h"
#include "support.h"

namespace wop {
namespace {

namespace fs = std::filesystem;

test::CommandResult wopdocs(const std::string& arguments) {
    return test::run(test::shellQuote(test::wopdocsBinary()) + " " + arguments);
}

std::vector<fs::path> pdfsUnder(const fs::path& dir) {
    std::vector<fs::path> found;
    if (!fs::exists(dir)) return found;
    for (auto& entry : fs::recursive_directory_iterator(dir))
        if (entry.path().extension() == ".pdf") found.push_back(entry.path());
    std::sort(found.begin(), found.end());
    return found;
}

// Text as pdftotext gives it, without the bidi marks it adds around lines
// and with runs of whitespace folded to one space.
std::string pdfText(const fs::path& pdf) {
    std::string raw = test::run("pdftotext " + test::shellQuote(pdf.string()) + " -").output;
    static const std::regex marks("\u200E|\u200F|\u202A|\u202B|\u202C|\u202D|\u202E");
    static const std::regex spaces("\\s+");
    return std::regex_replace(std::regex_replace(raw, marks, " "), spaces, " ");
}

// Each needle appears, and after the one before it.
void expectInOrder(const std::string& text, const std::vector<std::string>& needles, const fs::path& pdf) {
    size_t from = 0;
    for (const std::string& needle : needles) {
        size_t at = text.find(needle, from);
        ASSERT_NE(at, std::string::npos) << pdf << ": \"" << needle << "\" missing after offset " << from << " in:\n" << text;
        from = at + needle.size();
    }
}

class GeneratedSamples : public ::testing::Test {
protected:
    static void SetUpTestSuite() {
        out_ = new test::ScratchDir("e2e-samples");
        result_ = new test::CommandResult(
            wopdocs("generate " + test::shellQuote((test::sourceDir() / "samples").string()) + " --out " +
                    test::shellQuote(out_->path().string())));
    }
    static void TearDownTestSuite() {
        delete out_;
        delete result_;
    }
    static fs::path pdf(const std::string& partnership, const std::string& name) { return out_->path() / partnership / name; }

    static test::ScratchDir* out_;
    static test::CommandResult* result_;
};
test::ScratchDir* GeneratedSamples::out_ = nullptr;
test::CommandResult* GeneratedSamples::result_ = nullptr;

const char* const finished = "lahore-faisalabad-nrw";

TEST_F(GeneratedSamples, SucceedsAndSaysWhere) {
    EXPECT_EQ(result_->exitCode, 0) << result_->output;
    EXPECT_NE(result_->output.find("made "), std::string::npos) << result_->output;
    EXPECT_NE(result_->output.find(out_->path().string()), std::string::npos) << result_->output;
}

TEST_F(GeneratedSamples, FinishedPartnershipHasAllSeventeenDocumentsInBothLanguages) {
    const char* ids[] = {"letter-of-request", "initial-meeting-minutes", "mentor-confirmation-letter",
                         "mentor-workshop-report", "letter-of-intent", "diagnostic-report", "work-plan",
                         "memorandum-of-agreement", "study-visit-report", "monthly-report-2024-06",
                         "monitoring-report", "final-report-mentee", "final-report-mentor", "evaluation-minutes",
                         "recommendation-letter", "performance-assessment"};
    for (const char* lang : {"en", "ur"}) {
        for (const char* id : ids) EXPECT_TRUE(fs::exists(pdf(finished, std::string(id) + "." + lang + ".pdf"))) << id;
        EXPECT_TRUE(fs::exists(out_->path() / "program" / (std::string("roadmap.") + lang + ".pdf")));
    }
}

TEST_F(GeneratedSamples, PartnershipInPreparationHasOnlyItsEarlyDocuments) {
    std::set<std::string> names;
    for (auto& p : pdfsUnder(out_->path() / "peshawar-mardan-metering")) names.insert(p.filename().string());
    EXPECT_TRUE(names.count("letter-of-request.en.pdf"));
    EXPECT_FALSE(names.count("memorandum-of-agreement.en.pdf"));
    EXPECT_FALSE(names.count("final-report-mentee.en.pdf"));
}

TEST_F(GeneratedSamples, EveryPdfPassesQpdfCheck) {
    auto pdfs = pdfsUnder(out_->path());
    ASSERT_GT(pdfs.size(), 60u);
    for (const fs::path& p : pdfs) {
        auto check = test::run("qpdf --check " + test::shellQuote(p.string()));
        EXPECT_EQ(check.exitCode, 0) << p << "\n" << check.output;
    }
}

TEST_F(GeneratedSamples, EveryPdfEmbedsAllItsFonts) {
    auto pdfs = pdfsUnder(out_->path());
    ASSERT_GT(pdfs.size(), 60u);
    for (const fs::path& p : pdfs) {
        auto fonts = test::run("pdffonts " + test::shellQuote(p.string()));
        ASSERT_EQ(fonts.exitCode, 0) << fonts.output;
        std::istringstream lines(fonts.output);
        std::string line;
        int count = 0;
        for (int n = 0; std::getline(lines, line); ++n) {
            if (n < 2) continue;  // the header
            ++count;
            // columns: name type encoding emb sub uni object ID
            EXPECT_NE(line.find(" yes yes yes "), std::string::npos) << p << ": font not embedded:\n" << line;
        }
        EXPECT_GT(count, 0) << p;
    }
}

TEST_F(GeneratedSamples, EnglishLetterOfIntentReadsInOrder) {
    auto p = pdf(finished, "letter-of-intent.en.pdf");
    expectInOrder(pdfText(p),
                  {"Pakistan Water Operators Network", "Letter of Intent", "Water and Sanitation Agency Faisalabad",
                   "Water and Sanitation Agency Lahore", "PWON/WOP/2024/02/LOI", "Page 1 of"},
                  p);
}

TEST_F(GeneratedSamples, UrduLetterOfIntentExtractsAsUrdu) {
    auto p = pdf(finished, "letter-of-intent.ur.pdf");
    std::string text = pdfText(p);
    expectInOrder(text, {"پاکستان واٹر آپریٹرز نیٹ ورک", "خطِ ارادہ", "واٹر اینڈ سینی ٹیشن ایجنسی فیصل آباد"}, p);
    EXPECT_EQ(text.find("\xEE"), std::string::npos) << "private use code points in " << p;
}

// With --urdu-digits every number an Urdu document prints is in Urdu digits,
// those its template writes (the clause "3.1") as well as the dates, while
// the reference, a value printed as given, keeps its own.
TEST(UrduDigits, ClausesAndDatesTakeThemTheReferenceKeepsItsOwn) {
    test::ScratchDir out("e2e-urdu-digits");
    const auto result = wopdocs("generate " + test::shellQuote((test::sourceDir() / "samples" / (std::string(finished) + ".json")).string()) +
                                " --doc letter-of-intent --lang ur --urdu-digits --out " + test::shellQuote(out.path().string()));
    ASSERT_EQ(result.exitCode, 0) << result.output;
    const fs::path p = out.path() / finished / "letter-of-intent.ur.pdf";
    const std::string text = pdfText(p);
    expectInOrder(text, {"PWON/WOP/2024/02/LOI", "۱۴ مارچ ۲۰۲۴", "۳.۱ رہنما ادارہ", "۳.۲ زیرِ تربیت ادارہ"}, p);
    EXPECT_EQ(text.find("3.1"), std::string::npos) << p;
}

// A partnership's documents are byte for byte the same each time they are
// made (the registry compares their hashes): nothing of the process that
// made them, such as where its fonts happened to be in memory, gets in.
TEST_F(GeneratedSamples, GeneratingAgainGivesTheSameBytes) {
    test::ScratchDir again("e2e-again");
    ASSERT_EQ(wopdocs("generate " + test::shellQuote((test::sourceDir() / "samples" / (std::string(finished) + ".json")).string()) +
                      " --doc letter-of-intent --lang all --out " + test::shellQuote(again.path().string()))
                  .exitCode,
              0);
    for (const char* name : {"letter-of-intent.en.pdf", "letter-of-intent.ur.pdf"})
        EXPECT_EQ(test::readFile(again.path() / finished / name), test::readFile(pdf(finished, name))) << name;
}

// Documents made at once on several threads are the very documents one
// thread makes, one after the other.
TEST_F(GeneratedSamples, OneJobMakesTheSameFilesAsSeveral) {
    test::ScratchDir serial("e2e-one-job");
    const auto result = wopdocs("generate " + test::shellQuote((test::sourceDir() / "samples").string()) +
                                " --jobs 1 --out " + test::shellQuote(serial.path().string()));
    ASSERT_EQ(result.exitCode, 0) << result.output;
    const std::vector<fs::path> one = pdfsUnder(serial.path()), several = pdfsUnder(out_->path());
    ASSERT_EQ(one.size(), several.size());
    for (size_t i = 0; i < one.size(); ++i) {
        ASSERT_EQ(fs::relative(one[i], serial.path()), fs::relative(several[i], out_->path()));
        EXPECT_EQ(test::readFile(one[i]), test::readFile(several[i])) << one[i];
    }
}

// Every Urdu PDF gives back real Urdu: its title as the catalogue has it
// (a letter: its subject line), and no private-use or presentation-form
// code points.
TEST_F(GeneratedSamples, EveryUrduPdfExtractsAsUrdu) {
    int checked = 0;
    for (const fs::path& p : pdfsUnder(out_->path())) {
        std::string name = p.filename().string();
        if (name.find(".ur.pdf") == std::string::npos) continue;
        std::string base = name.substr(0, name.find('.'));
        if (base.rfind("monthly-report", 0) == 0) base = "monthly-report";
        const context::DocumentType* type = context::findDocumentType(base);
        ASSERT_NE(type, nullptr) << name;
        std::string text = pdfText(p);
        bool letter = type->id.find("letter") != std::string_view::npos && type->id != "letter-of-intent";
        std::string expected = letter ? "موضوع" : std::string(type->titleUr);
        EXPECT_NE(text.find(expected), std::string::npos) << p << " lacks " << expected;
        EXPECT_EQ(text.find("\xEE"), std::string::npos) << "private use code points in " << p;
        EXPECT_EQ(text.find("\xEF\xAD"), std::string::npos) << "presentation forms in " << p;
        EXPECT_EQ(text.find("\xEF\xBB"), std::string::npos) << "presentation forms in " << p;
        ++checked;
    }
    EXPECT_GT(checked, 30);
}

TEST_F(GeneratedSamples, AccentedNamesKeepTheirAccents) {
    std::string all;
    ASSERT_FALSE(pdfsUnder(out_->path() / finished).empty());
    for (const fs::path& p : pdfsUnder(out_->path() / finished))
        if (p.string().find(".en.pdf") != std::string::npos) all += pdfText(p);
    EXPECT_NE(all.find("José Ramírez"), std::string::npos);
}

// A folder with copies of the samples, for runs that break one of them.
class BadInput : public ::testing::Test {
protected:
    test::ScratchDir dir{"e2e-bad"};
    fs::path in = dir / "in";
    fs::path out = dir / "out";

    void SetUp() override {
        fs::create_directories(in);
        fs::copy_file(test::sourceDir() / "samples" / "peshawar-mardan-metering.json", in / "good.json");
    }
    std::string sample() const { return test::readFile(test::sourceDir() / "samples" / "peshawar-mardan-metering.json"); }
    test::CommandResult generate(const std::string& extra = "") const {
        return wopdocs("generate " + test::shellQuote(in.string()) + " --lang en --out " + test::shellQuote(out.string()) +
                       " " + extra);
    }
    bool producedFor(const std::string& partnershipId) const { return !pdfsUnder(out / partnershipId).empty(); }
};

TEST_F(BadInput, MalformedJsonIsReportedAndTheOtherFilesAreStillMade) {
    test::writeFile(in / "broken.json", "{\"format\": \"wopdocs/1\", \"id\": ");
    auto result = generate();
    EXPECT_EQ(result.exitCode, 1) << result.output;
    EXPECT_NE(result.output.find("broken.json"), std::string::npos) << result.output;
    EXPECT_TRUE(producedFor("peshawar-mardan-metering"));
}

TEST_F(BadInput, EveryErrorOfAFileIsReportedWithItsPath) {
    fs::copy_file(test::sourceDir() / "samples" / "invalid" / "broken-partnership.json", in / "broken.json");
    auto result = generate();
    EXPECT_EQ(result.exitCode, 1);
    for (const char* path : {"$.large_team", "$.parties.mentee", "$.steps.initial_meeting", "$.titel",
                             "$.letter_of_request.signatory"})
        EXPECT_NE(result.output.find(path), std::string::npos) << path << " not in:\n" << result.output;
    EXPECT_FALSE(producedFor("broken-partnership"));
    EXPECT_TRUE(producedFor("peshawar-mardan-metering"));
}

TEST_F(BadInput, WrongTypeNamesFieldExpectedAndFound) {
    std::string json = std::regex_replace(sample(), std::regex("\"large_team\": (true|false)"), "\"large_team\": 3");
    if (json.find("\"large_team\": 3") == std::string::npos)
        json = std::regex_replace(json, std::regex("\"format\""), "\"large_team\": 3, \"format\"");
    fs::remove(in / "good.json");
    test::writeFile(in / "typed.json", json);
    auto result = generate();
    EXPECT_EQ(result.exitCode, 1);
    EXPECT_TRUE(std::regex_search(result.output,
                                  std::regex(R"(typed\.json:\d+:\d+: \$\.large_team: error: expected true or false, found)")))
        << result.output;
    EXPECT_TRUE(pdfsUnder(out).empty());
}

TEST_F(BadInput, ValidateNamesTheDocumentsAFileSupportsAndWhyAnotherIsNotUsed) {
    // "`validate` names the documents a file supports (today \"ok, 5 documents
    // available\") and explains what \"x.json: not used\" means"
    fs::copy_file(test::sourceDir() / "samples" / "invalid" / "broken-partnership.json", in / "broken.json");
    const auto result = wopdocs("validate " + test::shellQuote(in.string()));
    EXPECT_EQ(result.exitCode, 1);
    EXPECT_NE(result.output.find("good.json: ok, 4 documents available: letter-of-request, initial-meeting-minutes, "
                                 "mentor-confirmation-letter, mentor-workshop-report\n"),
              std::string::npos)
        << result.output;
    EXPECT_NE(result.output.find("broken.json: not used: no document is made from this file until the errors above "
                                 "are corrected\n"),
              std::string::npos)
        << result.output;
}

TEST_F(BadInput, AnEmptyOutputFolderIsAUsageError) {
    // "`generate --out ''` writes into the current folder"
    const test::ScratchDir here("e2e-here");
    const auto result = test::run("cd " + test::shellQuote(here.path().string()) + " && " +
                                  test::shellQuote(test::wopdocsBinary()) + " generate " +
                                  test::shellQuote(in.string()) + " --lang en --out ''");
    EXPECT_EQ(result.exitCode, 2) << result.output;
    EXPECT_NE(result.output.find("--out needs a folder name"), std::string::npos) << result.output;
    EXPECT_TRUE(fs::is_empty(here.path()));
}

TEST_F(BadInput, UnknownDocumentIdIsAUsageError) {
    auto result = generate("--doc letter-of-intnet");
    EXPECT_EQ(result.exitCode, 2);
    EXPECT_NE(result.output.find("letter-of-intnet"), std::string::npos) << result.output;
    EXPECT_TRUE(pdfsUnder(out).empty());
}

TEST_F(BadInput, BrokenTemplateNamesFileLineAndColumn) {
    fs::copy(test::sourceDir() / "templates", dir / "templates", fs::copy_options::recursive);
    test::writeFile(dir / "templates" / "en" / "letter-of-request.mustache", "<document>\n  {{#mentee}}\n</document>\n");
    auto result = generate("--templates " + test::shellQuote((dir / "templates").string()));
    EXPECT_EQ(result.exitCode, 1);
    EXPECT_NE(result.output.find("letter-of-request.mustache:2:3: Unclosed section"), std::string::npos) << result.output;
    EXPECT_TRUE(pdfsUnder(out).empty());
}

TEST_F(BadInput, UnreadableTemplateIsReported) {
    fs::copy(test::sourceDir() / "templates", dir / "templates", fs::copy_options::recursive);
    fs::remove(dir / "templates" / "en" / "work-plan.mustache");
    fs::create_directory(dir / "templates" / "en" / "work-plan.mustache");  // unreadable as a file, even by root
    auto result = generate("--templates " + test::shellQuote((dir / "templates").string()));
    EXPECT_EQ(result.exitCode, 1);
    EXPECT_NE(result.output.find("work-plan.mustache: cannot read"), std::string::npos) << result.output;
}

TEST_F(BadInput, MarkupInDataIsPrintedAsText) {
    const std::string evil = "<b>Evil</b> & </document><pagebreak/> {{doc.id}}";
    std::string escaped;
    for (char c : evil) {
        if (c == '"') escaped += "\\\"";
        else escaped += c;
    }
    std::string json = std::regex_replace(sample(), std::regex("Water and Sanitation Services Company Mardan"), escaped);
    ASSERT_NE(json, sample()) << "the sample no longer names the mentee as expected";
    test::writeFile(in / "good.json", json);
    auto result = generate("--doc letter-of-request");
    ASSERT_EQ(result.exitCode, 0) << result.output;
    auto pdfs = pdfsUnder(out);
    ASSERT_EQ(pdfs.size(), 1u);
    EXPECT_NE(pdfText(pdfs[0]).find(evil), std::string::npos) << pdfText(pdfs[0]);
}

TEST_F(BadInput, MissingDocumentDataIsReported) {
    auto result = generate("--doc memorandum-of-agreement");
    EXPECT_EQ(result.exitCode, 1);
    EXPECT_NE(result.output.find("no data for memorandum-of-agreement"), std::string::npos) << result.output;
}

TEST(CommandLine, EveryCommandHasHelp) {
    for (const char* command :
         {"generate", "validate", "documents", "new", "import", "batch", "status", "mail", "schedule", "serve", "user"}) {
        auto result = wopdocs(std::string(command) + " --help");
        EXPECT_EQ(result.exitCode, 0) << command;
        EXPECT_NE(result.output.find("usage: wopdocs " + std::string(command)), std::string::npos) << result.output;
    }
    EXPECT_EQ(wopdocs("--help").exitCode, 0);
    EXPECT_EQ(wopdocs("frobnicate").exitCode, 2);
}

// `wopdocs --help` lists every command, each summary in one column after
// the longest name.
TEST(CommandLine, HelpListsEveryCommandInColumns) {
    const auto help = wopdocs("--help");
    ASSERT_EQ(help.exitCode, 0) << help.output;
    std::set<std::size_t> summaryColumns;
    for (const char* command :
         {"generate", "validate", "documents", "new", "import", "batch", "status", "mail", "schedule", "serve", "user"}) {
        const std::size_t line = help.output.find("\n  " + std::string(command) + " ");
        ASSERT_NE(line, std::string::npos) << command << " is not listed:\n" << help.output;
        const std::size_t summary = help.output.find_first_not_of(' ', line + 3 + std::string(command).size());
        summaryColumns.insert(summary - line);
    }
    EXPECT_EQ(summaryColumns.size(), 1u) << help.output;
}

TEST(CommandLine, JobsMustBeANumberFromOneUp) {
    for (const char* jobs : {"0", "many", "-2"}) {
        auto result = wopdocs("generate " + test::shellQuote((test::sourceDir() / "samples").string()) + " --jobs " + jobs);
        EXPECT_EQ(result.exitCode, 2) << jobs << ": " << result.output;
        EXPECT_NE(result.output.find("--jobs takes a number from 1 to 256"), std::string::npos) << result.output;
    }
}

TEST(CommandLine, DocumentsListsSeventeenIds) {
    auto result = wopdocs("documents");
    EXPECT_EQ(result.exitCode, 0);
    EXPECT_EQ(std::count(result.output.begin(), result.output.end(), '\n'), 17) << result.output;
}

}  // namespace
}  // namespace wop
