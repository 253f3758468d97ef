// Signed versions are never replaced silently, and one failing document
// does not stop the others.
#include <gtest/gtest.h>

#include <Poco/JSON/Parser.h>

#include "batch_fixture.h"
#include "pdf/signature_inspection.h"
#include "seal_support.h"

namespace wop::batch {
namespace {

namespace fs = std::filesystem;

const char* const preparing = "peshawar-mardan-metering";

class DocumentVersions : public BatchTest {
protected:
    fs::path importPreparing() {
        const auto file = sample(std::string(preparing) + ".json");
        const auto result = wopdocs("import", test::shellQuote(file.string()));
        EXPECT_EQ(result.exitCode, 0) << result.output;
        return file;
    }
};
WOPDOCS_ON_EVERY_DATABASE(DocumentVersions);

const std::string resign =
    "final version v1 of peshawar-mardan-metering/letter-of-request (en) superseded by v2 — re-sign";

TEST_P(DocumentVersions, AChangedFinalDocumentIsMadeAgainWithAWarning) {
    const auto file = importPreparing();
    ASSERT_EQ(wopdocs("batch").exitCode, 0);
    // The letter of request is final (signed); its data changes.
    edit(file, "\"mentor_chosen\": true", "\"mentor_chosen\": false");
    ASSERT_EQ(wopdocs("import", test::shellQuote(file.string())).exitCode, 0);

    const auto result = wopdocs("batch");
    EXPECT_EQ(result.exitCode, 0) << result.output;
    EXPECT_NE(result.output.find("warning: " + resign), std::string::npos) << result.output;
    EXPECT_TRUE(fs::exists(dataDir() / "documents" / preparing / "letter-of-request.en.v1.pdf"));
    EXPECT_TRUE(fs::exists(dataDir() / "documents" / preparing / "letter-of-request.en.v2.pdf"));
    // The draft workshop report was made again too, without a warning.
    EXPECT_EQ(result.output.find("mentor-workshop-report (en) superseded"), std::string::npos) << result.output;

    const auto status = wopdocs("status");
    EXPECT_NE(status.output.find("warning: " + resign), std::string::npos) << status.output;
    const auto json = wopdocs("status", "--json");
    ASSERT_EQ(json.exitCode, 0) << json.output;
    const auto parsed = Poco::JSON::Parser().parse(json.output).extract<Poco::JSON::Object::Ptr>();
    const auto partnership = parsed->getArray("partnerships")->getObject(0);
    EXPECT_EQ(partnership->getValue<std::string>("id"), preparing);
    EXPECT_EQ(partnership->getArray("warnings")->getElement<std::string>(0).find("final version v1 of"), 0u);
}

// A final version whose signed copy came back is superseded loudly: the
// batch and status say what was signed.
TEST_P(DocumentVersions, AChangedFinalDocumentWithASignedCopySaysItWasSigned) {
    const auto file = importPreparing();
    ASSERT_EQ(wopdocs("batch").exitCode, 0);
    const fs::path version = dataDir() / "documents" / preparing / "letter-of-request.en.v1.pdf";
    const std::string original = test::readFile(version);
    const auto fields = pdf::inspectSignatures(original).emptyFields;
    ASSERT_FALSE(fields.empty());
    test::writeFile(scratch_ / "signed.pdf", test::signField(original, fields.front(), test::signatorySigner()));
    const auto filed = wopdocs("signed", "add " + test::shellQuote((scratch_ / "signed.pdf").string()));
    ASSERT_EQ(filed.exitCode, 0) << filed.output;
    const std::string signedBy = "signed by 1 of " + std::to_string(fields.size());

    const auto before = wopdocs("status", preparing);
    EXPECT_NE(before.output.find("en v1 final (" + signedBy + ")"), std::string::npos) << before.output;

    edit(file, "\"mentor_chosen\": true", "\"mentor_chosen\": false");
    ASSERT_EQ(wopdocs("import", test::shellQuote(file.string())).exitCode, 0);
    const std::string loud = "warning: final version v1 of peshawar-mardan-metering/letter-of-request (en), which has a "
                             "signed copy (" + signedBy + "), superseded by v2 — re-sign";
    const auto result = wopdocs("batch");
    EXPECT_EQ(result.exitCode, 0) << result.output;
    EXPECT_NE(result.output.find(loud), std::string::npos) << result.output;

    const auto status = wopdocs("status");
    EXPECT_NE(status.output.find(loud), std::string::npos) << status.output;
    const auto json = wopdocs("status", "--json");
    ASSERT_EQ(json.exitCode, 0) << json.output;
    const auto parsed = Poco::JSON::Parser().parse(json.output).extract<Poco::JSON::Object::Ptr>();
    const auto superseded = parsed->getArray("partnerships")->getObject(0)->getArray("superseded")->getObject(0);
    EXPECT_EQ(superseded->getValue<std::string>("signed_copy"), signedBy);
}

TEST_P(DocumentVersions, OneFailingDocumentDoesNotStopTheOthers) {
    importPreparing();
    const fs::path templates = copyTemplates();
    // Markup the markup stage refuses, in one template of one language.
    const fs::path broken = templates / "en" / "mentor-workshop-report.mustache";
    std::string text = test::readFile(broken);
    text.insert(text.find("<h1>"), "<no-such-element/>");
    test::writeFile(broken, text);

    const auto result = wopdocs("batch", "--jobs 2 --templates " + test::shellQuote(templates.string()));
    EXPECT_EQ(result.exitCode, 1) << result.output;
    EXPECT_NE(result.output.find("9 made, 0 up to date, 1 failed"), std::string::npos) << result.output;
    const auto failed = result.output.find("failed:\n  peshawar-mardan-metering/mentor-workshop-report (en): ");
    ASSERT_NE(failed, std::string::npos) << result.output;
    EXPECT_NE(result.output.find("no-such-element", failed), std::string::npos) << "the reason is given";
    EXPECT_EQ(registry().size(), 9u);
    EXPECT_FALSE(fs::exists(dataDir() / "documents" / preparing / "mentor-workshop-report.en.v1.pdf"));
    expectRegistryMatchesFiles();

    // Mended, the next batch makes it.
    fs::copy_file(test::sourceDir() / "templates" / "en" / "mentor-workshop-report.mustache", broken,
                  fs::copy_options::overwrite_existing);
    const auto mended = wopdocs("batch", "--templates " + test::shellQuote(templates.string()));
    EXPECT_EQ(mended.exitCode, 0) << mended.output;
    EXPECT_TRUE(fs::exists(dataDir() / "documents" / preparing / "mentor-workshop-report.en.v1.pdf"));
    expectRegistryMatchesFiles();
}

}  // namespace
}  // namespace wop::batch
