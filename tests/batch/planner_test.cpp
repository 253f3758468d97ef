// Which documents a batch renders, decided from the registry alone, and
// what it makes of one once it knows what the document says.
#include <gtest/gtest.h>

#include "batch/document_inputs.h"
#include "batch/planner.h"
#include "model/loader.h"
#include "support.h"

namespace wop::batch {
namespace {

using model::Lang;

// The finished sample partnership, as the store gives it back.
store::StoredProgram finishedProgram() {
    store::StoredProgram program;
    auto loaded = model::loadPartnershipFile((test::sourceDir() / "samples" / "lahore-faisalabad-nrw.json").string());
    program.partnerships.push_back(std::move(*loaded.partnership));
    program.dataSha256["lahore-faisalabad-nrw"] = "json-sha";
    return program;
}

context::DocumentInstance documentOf(const store::StoredProgram& program, const std::string& id) {
    return {context::findDocumentType(id), &program.partnerships.front(), std::nullopt};
}

store::DocumentRecord registered(const Plan& plan, std::size_t job, model::Status status = model::Status::Draft) {
    store::DocumentRecord record = plan.jobs.at(job).record;
    record.status = status;
    return record;
}

const std::string look = "look";

// The templates and look of both languages, the English ones as given.
LanguageHashes languages(const std::string& englishTemplates = "en-templates", const std::string& englishLook = look) {
    return {{Lang::En, {englishTemplates, englishLook}}, {Lang::Ur, {"ur-templates", look}}};
}

TEST(Planner, MakesTheFirstVersionOfEverythingNew) {
    const store::StoredProgram program = finishedProgram();
    const Plan plan =
        planDocuments({documentOf(program, "letter-of-intent")}, program, store::VersionIndex({}), languages());
    ASSERT_EQ(plan.jobs.size(), 2u);
    EXPECT_EQ(plan.upToDate, 0);
    const store::DocumentRecord& english = plan.jobs[0].record;
    EXPECT_EQ(english.key.str(), "lahore-faisalabad-nrw/letter-of-intent (en)");
    EXPECT_EQ(english.version, 1);
    EXPECT_EQ(english.path, "documents/lahore-faisalabad-nrw/letter-of-intent.en.v1.pdf");
    EXPECT_EQ(english.templateHash, "en-templates");
    EXPECT_EQ(english.dataHash, "json-sha");
    EXPECT_EQ(english.lookHash, "look");
    EXPECT_EQ(english.status, model::Status::Final) << "as the sample marks it";
    EXPECT_FALSE(plan.jobs[0].latest);
    EXPECT_EQ(judge(plan.jobs[0], "content"), Verdict::NewVersion);
    EXPECT_EQ(plan.jobs[1].record.key.lang, Lang::Ur);
}

TEST(Planner, RendersADocumentOnlyWhenTemplatesDataOrLookChanged) {
    const store::StoredProgram program = finishedProgram();
    const std::vector<context::DocumentInstance> documents = {documentOf(program, "work-plan")};
    const Plan first = planDocuments(documents, program, store::VersionIndex({}), languages());
    const store::VersionIndex made({registered(first, 0, model::Status::Final), registered(first, 1)});

    EXPECT_TRUE(planDocuments(documents, program, made, languages()).jobs.empty());
    EXPECT_EQ(planDocuments(documents, program, made, languages()).upToDate, 2);
    EXPECT_EQ(planDocuments(documents, program, made, languages("en-templates", "new fonts")).jobs.size(), 1u)
        << "the English document alone looks different";

    const Plan newTemplates =
        planDocuments(documents, program, made, languages("edited"));
    ASSERT_EQ(newTemplates.jobs.size(), 1u);
    const DocumentJob& job = newTemplates.jobs[0];
    EXPECT_EQ(job.record.version, 2) << "should what it says have changed";
    EXPECT_EQ(job.record.path, "documents/lahore-faisalabad-nrw/work-plan.en.v2.pdf");
    ASSERT_TRUE(job.latest);
    EXPECT_EQ(job.latest->version, 1);
    EXPECT_EQ(job.latestInputs.templateHash, "en-templates");
    ASSERT_TRUE(job.supersededFinal) << "v1 was final: to be signed again";
    EXPECT_EQ(job.supersededFinal->finalVersion, 1);

    store::StoredProgram changed = finishedProgram();
    changed.dataSha256["lahore-faisalabad-nrw"] = "edited";
    const Plan newData = planDocuments({documentOf(changed, "work-plan")}, changed, made, languages());
    ASSERT_EQ(newData.jobs.size(), 2u);
    EXPECT_FALSE(newData.jobs[1].supersededFinal) << "the Urdu v1 was a draft";
}

TEST(Planner, AVersionFoundCurrentCountsAsMadeFromTheInputsItWasCheckedAgainst) {
    const store::StoredProgram program = finishedProgram();
    const std::vector<context::DocumentInstance> documents = {documentOf(program, "work-plan")};
    const Plan first = planDocuments(documents, program, store::VersionIndex({}), languages());
    const std::vector<store::DocumentRecord> records = {registered(first, 0), registered(first, 1)};
    const LanguageHashes edited = languages("edited");
    store::DocumentCheck check{records[0].key, 1, {"edited", "json-sha", look}, "content", "2025-06-01T00:00:00Z"};

    EXPECT_TRUE(planDocuments(documents, program, store::VersionIndex(records, {check}), edited).jobs.empty());
    check.version = 0;  // of a version since replaced: its inputs are not the latest's
    EXPECT_EQ(planDocuments(documents, program, store::VersionIndex(records, {check}), edited).jobs.size(), 1u);
}

// The latest version of the English work plan, saying `content`, and the
// job of a batch whose inputs differ from it in `changed` ("data", "look").
DocumentJob jobAfter(const std::string& content, model::Status status, const std::string& changed) {
    const store::StoredProgram program = finishedProgram();
    const std::vector<context::DocumentInstance> documents = {documentOf(program, "work-plan")};
    const Plan first = planDocuments(documents, program, store::VersionIndex({}), languages());
    store::DocumentRecord latest = registered(first, 0, status);
    latest.contentHash = content;
    latest.pdfSha256 = "the latest's pdf";
    if (content.empty()) latest.lookHash.clear();  // made by a wopdocs that kept neither
    store::StoredProgram now = finishedProgram();
    if (changed == "data") now.dataSha256["lahore-faisalabad-nrw"] = "edited";
    const Plan plan = planDocuments({documentOf(now, "work-plan")}, now, store::VersionIndex({latest}), 
                                    languages("en-templates", changed == "look" ? "new fonts" : look));
    EXPECT_FALSE(plan.jobs.empty());
    if (plan.jobs.empty()) return {};
    DocumentJob job = plan.jobs[0];
    job.record.status = status;  // as the data marks it still
    return job;
}

TEST(Judge, ANewVersionOnlyWhenWhatItSaysChanged) {
    EXPECT_EQ(judge(jobAfter("said", model::Status::Final, "data"), "said"), Verdict::Current);
    EXPECT_EQ(judge(jobAfter("said", model::Status::Final, "data"), "says more"), Verdict::NewVersion);
    EXPECT_EQ(judge(jobAfter("said", model::Status::Draft, "data"), "said"), Verdict::Current);
}

TEST(Judge, ANewLookRemakesDraftsNeverFinalVersions) {
    EXPECT_EQ(judge(jobAfter("said", model::Status::Draft, "look"), "said"), Verdict::NewVersion);
    EXPECT_EQ(judge(jobAfter("said", model::Status::Final, "look"), "said"), Verdict::Current);
    EXPECT_EQ(judge(jobAfter("said", model::Status::Final, "look"), "says more"), Verdict::NewVersion);
}

// A draft remade in a new look whose PDF is byte for byte its latest's is
// no new version; a final version always is one once remade.
TEST(Judge, ADraftMadeAgainAsItWasIsNoNewVersion) {
    const DocumentJob draft = jobAfter("said", model::Status::Draft, "look");
    EXPECT_EQ(judgeMade(draft, "said", "the latest's pdf"), Verdict::Current);
    EXPECT_EQ(judgeMade(draft, "said otherwise", "the latest's pdf"), Verdict::AdoptContent);
    EXPECT_EQ(judgeMade(draft, "said", "another pdf"), Verdict::NewVersion);
    EXPECT_EQ(judgeMade(jobAfter("said", model::Status::Final, "look"), "said", "the latest's pdf"), Verdict::NewVersion);
}

TEST(Judge, AVersionMadeBeforeContentsWereKeptAdoptsWhatTheSameDataSays) {
    EXPECT_EQ(judge(jobAfter("", model::Status::Final, "look"), "said"), Verdict::AdoptContent);
    EXPECT_EQ(judge(jobAfter("", model::Status::Final, "data"), "said"), Verdict::NewVersion);
}

TEST(DataHash, TheAssessmentCountsTheReportsRegistered) {
    const store::StoredProgram program = finishedProgram();
    const auto assessment = documentOf(program, "performance-assessment");
    const auto workPlan = documentOf(program, "work-plan");
    const store::VersionIndex none({});
    store::DocumentRecord report;
    report.key = {"lahore-faisalabad-nrw", "monthly-report-2024-06", Lang::Ur};
    report.version = 1;
    const store::VersionIndex oneReport({report});

    EXPECT_NE(dataHash(assessment, program, none), dataHash(assessment, program, oneReport));
    EXPECT_EQ(dataHash(workPlan, program, none), dataHash(workPlan, program, oneReport));
    EXPECT_EQ(dataHash(workPlan, program, none), "json-sha");
}

TEST(DataHash, TheRoadMapsIsEveryPartnerships) {
    store::StoredProgram program = finishedProgram();
    const context::DocumentInstance roadmap{context::findDocumentType("roadmap"), nullptr, std::nullopt};
    const std::string before = dataHash(roadmap, program, store::VersionIndex({}));
    program.dataSha256["another"] = "its-sha";
    EXPECT_NE(dataHash(roadmap, program, store::VersionIndex({})), before);
    EXPECT_EQ(documentKey(roadmap, Lang::Ur).str(), "program/roadmap (ur)");
}

}  // namespace
}  // namespace wop::batch
