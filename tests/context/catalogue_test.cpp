#include <gtest/gtest.h>

#include "context/catalogue.h"
#include "fixture.h"

namespace wop::context {
namespace {

std::vector<std::string> baseNames(const std::vector<DocumentInstance>& documents) {
    std::vector<std::string> names;
    for (const auto& document : documents) names.push_back(document.baseName());
    return names;
}

TEST(Catalogue, ListsTheSeventeenDocumentsInStepOrder) {
    const std::vector<std::string_view> expected = {
        "letter-of-request",     "initial-meeting-minutes", "mentor-confirmation-letter", "mentor-workshop-report",
        "letter-of-intent",      "diagnostic-report",       "work-plan",                  "memorandum-of-agreement",
        "study-visit-report",    "monthly-report",          "monitoring-report",          "final-report-mentee",
        "final-report-mentor",   "evaluation-minutes",      "roadmap",                    "recommendation-letter",
        "performance-assessment"};
    std::vector<std::string_view> ids;
    for (const auto& type : documentTypes()) ids.push_back(type.id);
    EXPECT_EQ(ids, expected);
}

TEST(Catalogue, EveryDocumentHasACodeSectionAndTitles) {
    for (const auto& type : documentTypes()) {
        EXPECT_EQ(type.code.size(), 3u) << type.id;
        EXPECT_FALSE(type.section.empty()) << type.id;
        EXPECT_FALSE(type.titleEn.empty()) << type.id;
        EXPECT_FALSE(type.titleUr.empty()) << type.id;
        EXPECT_FALSE(type.description.empty()) << type.id;
        EXPECT_EQ(type.programWide, type.id == "roadmap") << type.id;
    }
}

TEST(Catalogue, FindsATypeById) {
    const DocumentType* type = findDocumentType("letter-of-intent");
    ASSERT_NE(type, nullptr);
    EXPECT_EQ(type->code, "LOI");
    EXPECT_EQ(type->section, "3.1.4");
    EXPECT_EQ(type->titleEn, "Letter of Intent");
    EXPECT_EQ(findDocumentType("memorandum-of-agreement")->titleUr, "یادداشتِ معاہدہ");
    EXPECT_EQ(findDocumentType("letter-of-intnet"), nullptr);
}

TEST(Catalogue, AvailableDocumentsFollowTheSectionsPresent) {
    const model::Partnership partnership = test::samplePartnership();
    EXPECT_EQ(baseNames(availableDocuments(partnership)),
              (std::vector<std::string>{"letter-of-intent", "diagnostic-report", "work-plan", "study-visit-report",
                                        "monthly-report-2025-04", "monthly-report-2025-05", "monitoring-report",
                                        "final-report-mentee", "evaluation-minutes", "performance-assessment"}));
}

TEST(Catalogue, AnEmptyPartnershipHasNoDocuments) {
    EXPECT_TRUE(availableDocuments(model::Partnership{}).empty());
}

TEST(Catalogue, BaseNamesCarryTheMonthOfAMonthlyReport) {
    EXPECT_EQ((DocumentInstance{findDocumentType("monthly-report"), nullptr, model::YearMonth{2025, 7}}.baseName()),
              "monthly-report-2025-07");
    EXPECT_EQ((DocumentInstance{findDocumentType("roadmap"), nullptr, std::nullopt}.baseName()), "roadmap");
}

TEST(Catalogue, AvailabilityChecksTheMonth) {
    const model::Partnership partnership = test::samplePartnership();
    const DocumentType* monthly = findDocumentType("monthly-report");
    EXPECT_TRUE(isAvailable({monthly, &partnership, model::YearMonth{2025, 5}}));
    EXPECT_FALSE(isAvailable({monthly, &partnership, model::YearMonth{2025, 6}}));
    EXPECT_FALSE(isAvailable({findDocumentType("letter-of-request"), &partnership, std::nullopt}));
    EXPECT_TRUE(isAvailable({findDocumentType("roadmap"), nullptr, std::nullopt}));
}

TEST(Catalogue, StatusIsAsTheDataMarksItAndTheRoadMapIsNeverADraft) {
    const model::Partnership partnership = test::samplePartnership();
    EXPECT_EQ(documentStatus({findDocumentType("letter-of-intent"), &partnership, std::nullopt}), model::Status::Final);
    EXPECT_EQ(documentStatus({findDocumentType("performance-assessment"), &partnership, std::nullopt}),
              model::Status::Draft);
    EXPECT_EQ(documentStatus({findDocumentType("monthly-report"), &partnership, model::YearMonth{2025, 4}}),
              model::Status::Final);
    EXPECT_EQ(documentStatus({findDocumentType("roadmap"), nullptr, std::nullopt}), model::Status::Final);
}

}  // namespace
}  // namespace wop::context
