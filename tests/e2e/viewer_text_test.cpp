// The text a reader copies or searches in the viewers people use comes back
// exactly as written in the data. The corpus (tests/viewers/corpus.*.txt):
// Urdu with Latin words, digits of both kinds, units, percentages,
// brackets, Urdu punctuation, quotation marks and dates; English with
// accents, long references and an Urdu name. Its lines go through a
// free-text field (the diagnostic report's problems) into both languages'
// PDFs, which four text layers read back: poppler (pdftotext: Evince,
// Okular), MuPDF (mutool: SumatraPDF), PDFium (Chrome, Edge) and pdf.js
// (Firefox), the last two from npm (scripts/test installs them).
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <regex>
#include <sstream>
#include <string>
#include <vector>

#include <Poco/JSON/Parser.h>
#include <Poco/JSON/Stringifier.h>

#include "skip.h"
#include "support.h"

namespace wop {
namespace {

namespace fs = std::filesystem;

std::vector<std::string> corpus(const std::string& lang) {
    std::ifstream in(test::sourceDir() / "tests" / "viewers" / ("corpus." + lang + ".txt"));
    std::vector<std::string> lines;
    for (std::string line; std::getline(in, line);)
        if (!line.empty()) lines.push_back(line);
    return lines;
}

// Whitespace folded to one space and bidi controls removed: what "the same
// text" means when a viewer adds marks around runs and breaks long lines.
std::string normalised(const std::string& text) {
    static const std::regex controls("\u200E|\u200F|\u061C|\u202A|\u202B|\u202C|\u202D|\u202E|\u2066|\u2067|\u2068|\u2069");
    static const std::regex spaces("\\s+");
    return std::regex_replace(std::regex_replace(text, controls, ""), spaces, " ");
}

// The Lahore–Faisalabad sample with the corpus as its diagnostic report's
// problems, each item the English and the Urdu line of the same number.
fs::path corpusPartnership(const test::ScratchDir& dir) {
    const fs::path samples = test::sourceDir() / "samples";
    fs::copy(samples / "images", dir / "images", fs::copy_options::recursive);
    Poco::JSON::Parser parser;
    auto root = parser.parse(test::readFile(samples / "lahore-faisalabad-nrw.json")).extract<Poco::JSON::Object::Ptr>();
    const std::vector<std::string> english = corpus("en"), urdu = corpus("ur");
    Poco::JSON::Array::Ptr problems = new Poco::JSON::Array;
    for (size_t i = 0; i < std::max(english.size(), urdu.size()); ++i) {
        Poco::JSON::Object::Ptr text = new Poco::JSON::Object;
        text->set("en", english[i % english.size()]);
        text->set("ur", urdu[i % urdu.size()]);
        problems->add(text);
    }
    root->getObject("diagnostic")->set("problems", problems);
    std::ostringstream json;
    Poco::JSON::Stringifier::stringify(root, json);
    const fs::path file = dir / "corpus.json";
    test::writeFile(file, json.str());
    return file;
}

struct Viewer {
    std::string name;
    std::string before, after;  // the command line, around the PDF's path
};

const std::vector<Viewer>& viewers() {
    static const std::vector<Viewer> all = [] {
        const std::string extract = test::shellQuote((test::sourceDir() / "tests" / "viewers" / "extract.mjs").string());
        return std::vector<Viewer>{{"poppler", "pdftotext -enc UTF-8 ", " -"},
                                   {"MuPDF", "mutool draw -q -F txt -o - ", ""},
                                   {"PDFium", "node " + extract + " pdfium ", ""},
                                   {"pdf.js", "node " + extract + " pdfjs ", ""}};
    }();
    return all;
}

// Every corpus line read back from `pdf` exactly by `viewer`, and no
// replacement character: a code the viewer could not map. The command's stderr is kept apart: node and MuPDF warn there.
void expectExactLines(const Viewer& viewer, const fs::path& pdf, const std::vector<std::string>& lines) {
    const test::CommandResult result =
        test::run(viewer.before + test::shellQuote(pdf.string()) + viewer.after + " 2>/dev/null");
    EXPECT_EQ(result.exitCode, 0) << viewer.name << ": " << result.output;
    EXPECT_EQ(result.output.find("\uFFFD"), std::string::npos) << viewer.name << " shows a replacement character";
    const std::string text = normalised(result.output);
    size_t exact = 0;
    for (const std::string& line : lines) {
        if (text.find(normalised(line)) != std::string::npos) ++exact;
        else ADD_FAILURE() << viewer.name << " does not read back: " << line;
    }
    std::cout << viewer.name << ": " << exact << " of " << lines.size() << " lines exact\n";
}

class ViewerText : public ::testing::TestWithParam<std::string> {
protected:
    static void SetUpTestSuite() {
        if (test::run("command -v mutool").exitCode != 0 || test::run("command -v node").exitCode != 0 ||
            !fs::exists(test::sourceDir() / "tests" / "viewers" / "node_modules" / "pdfjs-dist"))
            return;
        dir_ = new test::ScratchDir("viewer-text");
        const fs::path file = corpusPartnership(*dir_);
        const auto made = test::run(test::shellQuote(test::wopdocsBinary()) + " generate " +
                                    test::shellQuote(file.string()) + " --doc diagnostic-report --out " +
                                    test::shellQuote((*dir_ / "out").string()));
        ASSERT_EQ(made.exitCode, 0) << made.output;
    }
    static void TearDownTestSuite() {
        delete dir_;
        dir_ = nullptr;
    }
    void SetUp() override {
        if (!dir_)
            return test::skipForWant("needs mutool (mupdf-tools), node and tests/viewers/node_modules (scripts/test installs them)");
    }
    static fs::path pdf(const std::string& lang) {
        return *dir_ / "out" / "lahore-faisalabad-nrw" / ("diagnostic-report." + lang + ".pdf");
    }
    static test::ScratchDir* dir_;
};

test::ScratchDir* ViewerText::dir_ = nullptr;

TEST_P(ViewerText, EveryLineComesBackExactlyInEveryViewer) {
    const std::vector<std::string> lines = corpus(GetParam());
    ASSERT_FALSE(lines.empty());
    for (const Viewer& viewer : viewers()) expectExactLines(viewer, pdf(GetParam()), lines);
}

INSTANTIATE_TEST_SUITE_P(Corpus, ViewerText, ::testing::Values("en", "ur"));

TEST(ViewerTextCorpus, HasAtLeastFortyLines) { EXPECT_GE(corpus("en").size() + corpus("ur").size(), 40u); }

}  // namespace
}  // namespace wop
