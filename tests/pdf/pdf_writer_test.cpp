// The pdf stage alone: markup set through layout, written, then checked
// with the tools a reader's machine has (qpdf, pdffonts, pdftotext).
#include <set>
#include <sstream>

#include <gtest/gtest.h>

#include <unicode/normalizer2.h>
#include <unicode/uchar.h>
#include <unicode/unistr.h>

#include "layout/layout.h"
#include "markup/parser.h"
#include "pdf/writer.h"
#include "pdf_support.h"

namespace wop {
namespace {

const text::FontSet& fonts() { return test::pdfFonts(); }
using test::writeMarkup;

std::string nfc(const std::string& utf8) {
    UErrorCode status = U_ZERO_ERROR;
    const icu::Normalizer2* normalizer = icu::Normalizer2::getNFCInstance(status);
    std::string out;
    normalizer->normalize(icu::UnicodeString::fromUTF8(utf8), status).toUTF8String(out);
    return out;
}

// pdftotext's text, with the bidi marks it puts around embedded runs
// replaced (they stand where the runs' boundaries are).
std::string extract(const std::filesystem::path& pdf, const std::string& markReplacement = "") {
    std::string text = test::run("pdftotext " + test::shellQuote(pdf.string()) + " -").output;
    for (const char* mark : {"\u200E", "\u200F", "\u202A", "\u202B", "\u202C", "\u202D", "\u202E"})
        for (size_t at = text.find(mark); at != std::string::npos; at = text.find(mark))
            text.replace(at, 3, markReplacement);
    return nfc(text);
}

TEST(PdfWriter, EnglishDocumentPassesQpdfAndEmbedsFonts) {
    test::ScratchDir dir("pdf-en");
    auto path = writeMarkup(dir,
                            R"(<document lang="en" title="Letter of Intent" reference="PWON/WOP/1" page-label="Page {page} of {pages}">
<h1>Letter of Intent</h1><p>Between <b>WASA Lahore</b> and José Ramírez of Zoë &amp; Co.</p></document>)",
                            "en.pdf");
    auto check = test::run("qpdf --check " + test::shellQuote(path.string()));
    EXPECT_EQ(check.exitCode, 0) << check.output;
    auto fontsOutput = test::run("pdffonts " + test::shellQuote(path.string())).output;
    EXPECT_NE(fontsOutput.find("NotoSans-Bold"), std::string::npos) << fontsOutput;
    for (size_t at = fontsOutput.find("CID TrueType"); at != std::string::npos; at = fontsOutput.find("CID TrueType", at + 1))
        EXPECT_NE(fontsOutput.substr(at, 60).find("yes yes"), std::string::npos) << "not embedded: " << fontsOutput;
    std::string text = extract(path);
    EXPECT_NE(text.find("Between WASA Lahore and José Ramírez of Zoë & Co."), std::string::npos) << text;
    EXPECT_NE(text.find("Page 1 of 1"), std::string::npos) << text;
}

// Words (letters and digits) in order, without the punctuation between them.
std::vector<std::string> words(const std::string& text) {
    std::vector<std::string> out;
    icu::UnicodeString u = icu::UnicodeString::fromUTF8(text);
    icu::UnicodeString word;
    for (int32_t i = 0; i < u.length(); ++i) {
        UChar c = u[i];
        if (u_isalnum(c) || u_getIntPropertyValue(c, UCHAR_GENERAL_CATEGORY_MASK) & U_GC_M_MASK) {
            word += c;
        } else if (!word.isEmpty()) {
            out.emplace_back();
            word.toUTF8String(out.back());
            word.remove();
        }
    }
    if (!word.isEmpty()) {
        out.emplace_back();
        word.toUTF8String(out.back());
    }
    return out;
}

TEST(PdfWriter, UrduExtractsAsUrduInLogicalOrder) {
    test::ScratchDir dir("pdf-ur");
    const std::string sentences[] = {
        "پاکستان واٹر آپریٹرز نیٹ ورک اور واسا لاہور کے درمیان معاہدہ ہوا۔",
        "ٹٹٹ بڈب بڑب بں بے ہہہ ھھھ ییی ککک گگگ بھی لا",
    };
    std::string markup = "<document lang=\"ur\">";
    for (auto& s : sentences) markup += "<p>" + s + "</p>";
    auto path = writeMarkup(dir, markup + "</document>", "ur.pdf");
    EXPECT_EQ(test::run("qpdf --check " + test::shellQuote(path.string())).exitCode, 0);
    std::string text = extract(path);
    EXPECT_EQ(text.find("\xEE"), std::string::npos) << "private use code points in: " << text;  // U+E000..U+EFFF
    EXPECT_EQ(text.find("\xEF\xAD"), std::string::npos) << "presentation forms in: " << text;   // U+FB40..
    for (auto& s : sentences) EXPECT_NE(text.find(nfc(s) + "\n"), std::string::npos) << s << "\nnot in:\n" << text;
}

// A character none of the document's fonts has comes from an installed
// font, which is embedded, cut down to what is drawn, like the others.
TEST(PdfWriter, InstalledFontForAMissingCharacterIsEmbeddedAndSubset) {
    test::ScratchDir dir("pdf-installed-font");
    auto path = writeMarkup(dir, "<document lang=\"en\"><p>Let \U0001D465 be the loss</p></document>", "math.pdf");
    EXPECT_EQ(test::run("qpdf --check " + test::shellQuote(path.string())).exitCode, 0);
    const std::string listed = test::run("pdffonts " + test::shellQuote(path.string())).output;
    const size_t math = listed.find("+NotoSansMath-Regular");
    ASSERT_NE(math, std::string::npos) << listed;
    EXPECT_NE(listed.substr(math, 80).find("yes yes"), std::string::npos) << "not embedded and subset: " << listed;
    EXPECT_NE(extract(path).find("Let \U0001D465 be the loss"), std::string::npos) << extract(path);
}

// Embedded Latin words and numbers keep their place among the Urdu words.
// (Where a neutral such as ':' stands between an Urdu and a Latin word,
// extractors may put it on either side: inverse bidi cannot know.)
TEST(PdfWriter, MixedUrduLatinAndDigitsExtractInOrder) {
    test::ScratchDir dir("pdf-mixed");
    const std::string sentence = "خطِ ارادہ: PWON اور WASA لاہور کے درمیان 12 دسمبر 2016 کو";
    auto path = writeMarkup(dir, "<document lang=\"ur\"><p>" + sentence + "</p></document>", "mixed.pdf");
    EXPECT_EQ(words(extract(path, " ")), words(nfc(sentence))) << extract(path);
}

// A user's copy of a font beside Debian's has the same PostScript name:
// each is still embedded, under a subset tag of its own, and draws its own text.
TEST(PdfWriter, TwoFontsOfOneNameAreBothEmbedded) {
    test::ScratchDir dir("pdf-same-name");
    std::filesystem::create_directories(dir / "fonts");
    std::filesystem::copy_file(fonts().font(text::FontRole::Regular).path(), dir / "fonts" / "Copy of Noto Sans.ttf");
    text::FontChoice choice = text::FontChoice::defaults(dir / "fonts");
    choice.files[text::FontRole::Bold] = {"Copy of Noto Sans.ttf"};
    const text::FontSet sameNames(choice);
    const auto path = dir / "same-name.pdf";
    pdf::writePdf(layout::layoutDocument(
                      markup::parse("<document><p>Reference PWON/WOP/2024/02 and <b>bold PWON/WOP/2024/02</b></p></document>"),
                      sameNames),
                  path);
    const std::string fontsOutput = test::run("pdffonts " + test::shellQuote(path.string())).output;
    std::set<std::string> names;
    std::istringstream lines(fontsOutput);
    for (std::string line; std::getline(lines, line);)
        if (line.find("+NotoSans-Regular ") != std::string::npos) names.insert(line.substr(0, line.find(' ')));
    EXPECT_EQ(names.size(), 2u) << fontsOutput;
    EXPECT_NE(extract(path).find("Reference PWON/WOP/2024/02 and bold PWON/WOP/2024/02"), std::string::npos)
        << extract(path);
}

// The operators of every page, uncompressed (qpdf's QDF form).
std::string pageOperators(const std::filesystem::path& pdf) {
    const std::filesystem::path qdf = pdf.string() + ".qdf";
    test::run("qpdf --qdf --object-streams=disable " + test::shellQuote(pdf.string()) + " " + test::shellQuote(qdf.string()));
    return test::readFile(qdf);
}

size_t count(const std::string& text, const std::string& part) {
    size_t n = 0;
    for (size_t at = text.find(part); at != std::string::npos; at = text.find(part, at + 1)) ++n;
    return n;
}

// A table's rules are alike: their width and colour are set once, not
// before each of them (a work plan's table has hundreds).
TEST(PdfWriter, RulesAlikeSetTheirWidthAndColourOnce) {
    test::ScratchDir dir("pdf-rules");
    std::string rows;
    for (int i = 0; i < 8; ++i) rows += "<tr><td>a</td><td>b</td></tr>";
    const std::string operators = pageOperators(
        writeMarkup(dir, "<document lang=\"en\" title=\"T\"><table widths=\"1,1\">" + rows + "</table></document>", "rules.pdf"));
    EXPECT_GE(count(operators, " l\n"), 16u) << operators;
    EXPECT_EQ(count(operators, " w\n"), 1u) << operators;
    EXPECT_EQ(count(operators, " RG\n"), 1u) << operators;
}

TEST(PdfWriter, FailureLeavesNoFile) {
    test::ScratchDir dir("pdf-fail");
    auto target = dir / "missing-folder" / "x.pdf";
    layout::PageSet pages = layout::layoutDocument(markup::parse("<document><p>x</p></document>"), fonts());
    EXPECT_THROW(pdf::writePdf(pages, target), pdf::PdfError);
    EXPECT_FALSE(std::filesystem::exists(target));
    EXPECT_TRUE(std::filesystem::is_empty(dir.path()));
}

}  // namespace
}  // namespace wop
