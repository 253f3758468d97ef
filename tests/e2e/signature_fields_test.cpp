// Final documents carry an empty PDF signature field over each signatory's
// room to sign, named after the signatory's role; drafts carry none. Checked
// on the real program's output with pdfinfo and qpdf, in both languages.
#include <gtest/gtest.h>

#include <Poco/JSON/Parser.h>

#include "support.h"

namespace wop {
namespace {

namespace fs = std::filesystem;

class SignatureFields : public ::testing::Test {
protected:
    static void SetUpTestSuite() {
        folder_ = new test::ScratchDir("signature-fields");
        const fs::path samples = test::sourceDir() / "samples";
        const auto made = test::run(test::shellQuote(test::wopdocsBinary()) + " generate " +
                                    test::shellQuote((samples / "lahore-faisalabad-nrw.json").string()) + " " +
                                    test::shellQuote((samples / "rawalpindi-multan-billing.json").string()) +
                                    " --doc letter-of-intent --doc memorandum-of-agreement --doc monthly-report --out " +
                                    test::shellQuote(folder_->path().string()));
        ASSERT_EQ(made.exitCode, 0) << made.output;
    }
    static void TearDownTestSuite() { delete folder_; }

    static fs::path pdf(const std::string& partnership, const std::string& name) {
        return folder_->path() / partnership / name;
    }

    // "name /FT page" of each field, as qpdf reads the finished file.
    static std::vector<std::string> fields(const fs::path& file) {
        const auto json = test::run("qpdf --json --json-key=acroform " + test::shellQuote(file.string()));
        std::vector<std::string> found;
        const auto root = Poco::JSON::Parser().parse(json.output).extract<Poco::JSON::Object::Ptr>();
        const auto list = root->getObject("acroform")->getArray("fields");
        for (size_t i = 0; i < list->size(); ++i) {
            const auto field = list->getObject(static_cast<unsigned>(i));
            found.push_back(field->getValue<std::string>("fullname") + " " + field->getValue<std::string>("fieldtype") +
                            " p" + std::to_string(field->getValue<int>("pageposfrom1")));
        }
        return found;
    }

    static std::string form(const fs::path& file) {
        const std::string info = test::run("pdfinfo " + test::shellQuote(file.string())).output;
        const auto at = info.find("Form:");
        return at == std::string::npos ? "" : info.substr(at, info.find('\n', at) - at);
    }

    static test::ScratchDir* folder_;
};

test::ScratchDir* SignatureFields::folder_ = nullptr;

TEST_F(SignatureFields, TheLetterOfIntentHasOneForEachSignatoryAndWitness) {
    for (const char* lang : {"en", "ur"}) {
        const fs::path file = pdf("lahore-faisalabad-nrw", std::string("letter-of-intent.") + lang + ".pdf");
        EXPECT_EQ(form(file), "Form:            AcroForm") << file;
        // On the last page, where the letter is signed (page 3 in English;
        // Urdu's taller lines take a page more).
        const std::string info = test::run("pdfinfo " + test::shellQuote(file.string())).output;
        const std::string last = " /Sig p" + std::to_string(std::stoi(info.substr(info.find("Pages:") + 6)));
        EXPECT_EQ(fields(file), (std::vector<std::string>{"mentee-director" + last, "mentor-director" + last,
                                                          "facilitator-chairman" + last, "witness" + last,
                                                          "witness-2" + last}))
            << file;
        EXPECT_EQ(test::run("qpdf --check " + test::shellQuote(file.string())).exitCode, 0);
    }
}

TEST_F(SignatureFields, TheMemorandumIsSignedByTheManagingDirectorsAndTheChairman) {
    for (const char* lang : {"en", "ur"}) {
        const auto found = fields(pdf("rawalpindi-multan-billing", std::string("memorandum-of-agreement.") + lang + ".pdf"));
        ASSERT_EQ(found.size(), 3u) << lang;
        EXPECT_EQ(found[0].substr(0, found[0].find(' ')), "mentee-managing-director");
        EXPECT_EQ(found[1].substr(0, found[1].find(' ')), "mentor-managing-director");
        EXPECT_EQ(found[2].substr(0, found[2].find(' ')), "facilitator-chairman");
    }
}

TEST_F(SignatureFields, ADraftHasNone) {
    // The May report of Rawalpindi–Multan is a draft.
    for (const char* lang : {"en", "ur"})
        EXPECT_EQ(form(pdf("rawalpindi-multan-billing", std::string("monthly-report-2025-05.") + lang + ".pdf")),
                  "Form:            none");
}

}  // namespace
}  // namespace wop
