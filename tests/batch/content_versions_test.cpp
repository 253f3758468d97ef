// A version only when what a document says changes: a template edit or a
// data change re-renders the markup and registers, writes and mails only the
// documents whose words differ; a final version superseded says what changed.
#include <gtest/gtest.h>

#include <algorithm>
#include <iterator>

#include <Poco/JSON/Parser.h>

#include "batch_fixture.h"
#include "smtp_server.h"

namespace wop::batch {
namespace {

namespace fs = std::filesystem;

class ContentVersions : public BatchTest {
protected:
    // The samples imported and made, with templates of the test's own.
    void makeSamples() {
        importSamples();
        templates_ = copyTemplates();
        const auto made = batch();
        ASSERT_EQ(made.exitCode, 0) << made.output;
        before_ = versions();
        ASSERT_EQ(before_.size(), sampleDocuments());
    }
    test::CommandResult batch() const {
        return wopdocs("batch", "--jobs 2 --templates " + test::shellQuote(templates_.string()));
    }
    // The versions registered since makeSamples().
    std::set<std::string> versionsMade() const {
        std::set<std::string> made;
        const auto now = versions();
        std::set_difference(now.begin(), now.end(), before_.begin(), before_.end(), std::inserter(made, made.end()));
        return made;
    }
    test::CommandResult mail() const {
        return wopdocs("mail", "--host 127.0.0.1 --port " + std::to_string(smtp_.port()) +
                                   " --from 'PWON <secretariat@pwon.org.pk>'");
    }

    fs::path templates_;
    std::set<std::string> before_;
    test::SmtpServer smtp_;
};
WOPDOCS_ON_EVERY_DATABASE(ContentVersions);

TEST_P(ContentVersions, ATemplateCommentMakesRegistersAndMailsNothing) {
    makeSamples();
    smtp_.start();
    ASSERT_EQ(mail().exitCode, 0);
    const std::size_t mailed = smtp_.messages().size();
    ASSERT_GT(mailed, 0u);
    const auto files = documentFiles();

    // In a partial every English document includes: each is rendered again.
    edit(templates_ / "en" / "partials" / "letterhead.mustache", "{{! The letterhead of whoever compiles",
         "{{! The letterhead of the one who compiles");
    const auto result = batch();
    EXPECT_EQ(result.exitCode, 0) << result.output;
    EXPECT_NE(result.output.find("nothing to do: " + std::to_string(sampleDocuments()) + " documents up to date"),
              std::string::npos)
        << result.output;
    EXPECT_NE(result.output.find("up to date lahore-faisalabad-nrw/letter-of-intent (en)"), std::string::npos)
        << "rendered and found to say the same: " << result.output;
    EXPECT_TRUE(versionsMade().empty());
    EXPECT_EQ(versions(), before_) << "nothing registered";
    EXPECT_EQ(documentFiles(), files) << "nothing written";

    const auto mailedAgain = mail();
    EXPECT_NE(mailedAgain.output.find("mail: 0 queued"), std::string::npos) << mailedAgain.output;
    EXPECT_EQ(smtp_.messages().size(), mailed) << "nothing mailed";

    // Found current against the edited templates: nothing is even rendered.
    const auto next = batch();
    EXPECT_NE(next.output.find("nothing to do"), std::string::npos) << next.output;
    EXPECT_EQ(next.output.find("up to date lahore"), std::string::npos) << next.output;
}

TEST_P(ContentVersions, AnEditedSentenceMakesTheDocumentsSayingItAndSaysWhatChanged) {
    makeSamples();
    edit(templates_ / "en" / "letter-of-intent.mustache", "a pilot project of 6 to 8 months",
         "a pilot project of six to eight months");
    const auto result = batch();
    EXPECT_EQ(result.exitCode, 0) << result.output;

    EXPECT_EQ(versionsMade(), (std::set<std::string>{"lahore-faisalabad-nrw/letter-of-intent (en) v2",
                                                     "rawalpindi-multan-billing/letter-of-intent (en) v2"}));
    for (const auto& record : registry())
        EXPECT_TRUE(record.version == 1 || record.status == model::Status::Final) << record.path;
    const std::string changes =
        "\"2. The partnership and its subject\": "
        "\"… It will be put into practice through a pilot project of 6 to 8 months at the mentee's site.\" → "
        "\"… It will be put into practice through a pilot project of six to eight months at the mentee's site.\"";
    for (const std::string partnership : {"lahore-faisalabad-nrw", "rawalpindi-multan-billing"}) {
        const std::string line = "warning: final version v1 of " + partnership +
                                 "/letter-of-intent (en) superseded by v2 — re-sign; changed: " + changes + "\n";
        EXPECT_NE(result.output.find(line), std::string::npos) << line << "\nin:\n" << result.output;
    }

    // `status` keeps saying it, in its JSON too.
    const auto status = wopdocs("status", "lahore-faisalabad-nrw --json");
    ASSERT_EQ(status.exitCode, 0) << status.output;
    const auto json = Poco::JSON::Parser().parse(status.output).extract<Poco::JSON::Object::Ptr>();
    const auto superseded = json->getArray("partnerships")->getObject(0)->getArray("superseded");
    ASSERT_EQ(superseded->size(), 1u) << status.output;
    EXPECT_EQ(superseded->getObject(0)->getValue<std::string>("document"), "letter-of-intent");
    EXPECT_EQ(superseded->getObject(0)->getValue<int>("final_version"), 1);
    EXPECT_EQ(superseded->getObject(0)->getValue<int>("latest_version"), 2);
    EXPECT_EQ(superseded->getObject(0)->getValue<std::string>("changes"), changes);
}

// The issue's case: one monthly report added to a partnership's data makes
// that report, in both languages, and nothing else: the documents made
// before it do not show it.
TEST_P(ContentVersions, AMonthlyReportAddedMakesThatReportAlone) {
    makeSamples();
    const fs::path file = sample("rawalpindi-multan-billing.json");
    edit(file, "      ]\n    }\n  ],\n  \"monitoring\"",
         R"(      ]
    },
    {
      "status": "draft",
      "date": "2025-06-30",
      "month": "2025-06",
      "progress": [
        {"name": {"en": "Bills from actual readings", "ur": "اصل ریڈنگ پر مبنی بل"}, "value": "81 %"}
      ],
      "activities": [
        {"en": "Reading routes redrawn for the new devices.", "ur": "نئے آلات کے لیے ریڈنگ کے راستے دوبارہ بنائے گئے۔"}
      ]
    }
  ],
  "monitoring")");
    const auto imported = wopdocs("import", test::shellQuote(file.string()));
    ASSERT_EQ(imported.exitCode, 0) << imported.output;

    const auto result = batch();
    EXPECT_EQ(result.exitCode, 0) << result.output;
    EXPECT_EQ(versionsMade(), (std::set<std::string>{"rawalpindi-multan-billing/monthly-report-2025-06 (en) v1",
                                                     "rawalpindi-multan-billing/monthly-report-2025-06 (ur) v1"}));
    EXPECT_EQ(result.output.find("re-sign"), std::string::npos) << result.output;
    expectRegistryMatchesFiles();
}

}  // namespace
}  // namespace wop::batch
