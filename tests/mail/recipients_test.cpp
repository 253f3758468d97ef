#include <gtest/gtest.h>

#include "mail/message_composer.h"
#include "mail/recipients.h"
#include "model/loader.h"
#include "support.h"

namespace wop::mail {
namespace {

model::Partnership sample(const std::string& name) {
    auto loaded = model::loadPartnershipFile((test::sourceDir() / "samples" / name).string());
    if (!loaded.partnership) throw std::runtime_error("sample " + name + " does not load");
    return *loaded.partnership;
}

std::vector<std::string> addresses(const std::vector<Recipient>& recipients) {
    std::vector<std::string> out;
    for (const auto& r : recipients) out.push_back(r.address);
    return out;
}

using Addresses = std::vector<std::string>;

store::DocumentRecord record(const std::string& document, model::Lang lang, int version, model::Status status) {
    store::DocumentRecord r;
    r.key = {"lahore-faisalabad-nrw", document, lang};
    r.version = version;
    r.status = status;
    return r;
}

class RecipientsTest : public ::testing::Test {
protected:
    model::Partnership lahore = sample("lahore-faisalabad-nrw.json");
};

TEST_F(RecipientsTest, ALetterOfRequestGoesFromItsSignatoryToTheFacilitator) {
    EXPECT_EQ(addresses(recipientsOf(lahore, "letter-of-request")),
              (Addresses{"coordinator@pwon.org.pk", "md@wasafaisalabad.gop.pk"}));
}

TEST_F(RecipientsTest, ALetterGoesToItsAddresseeAndSignatory) {
    EXPECT_EQ(addresses(recipientsOf(lahore, "mentor-confirmation-letter")),
              (Addresses{"coordinator@pwon.org.pk", "md@wasa.punjab.gov.pk"}));
    EXPECT_EQ(addresses(recipientsOf(lahore, "recommendation-letter")),
              (Addresses{"chairman@pwon.org.pk", "md@wasafaisalabad.gop.pk"}));
}

TEST_F(RecipientsTest, SignatoriesWithoutAddressAreReachedThroughTheirPartysContacts) {
    // The LoI's directors have no address: the focal persons of their utilities stand in.
    EXPECT_EQ(addresses(recipientsOf(lahore, "letter-of-intent")),
              (Addresses{"chairman@pwon.org.pk", "nrw.cell@wasa.punjab.gov.pk", "rabia.saleem@wasafaisalabad.gop.pk"}));
    EXPECT_EQ(addresses(recipientsOf(lahore, "memorandum-of-agreement")),
              (Addresses{"chairman@pwon.org.pk", "md@wasa.punjab.gov.pk", "md@wasafaisalabad.gop.pk"}));
}

TEST_F(RecipientsTest, MinutesGoToTheAttendees) {
    EXPECT_EQ(addresses(recipientsOf(lahore, "initial-meeting-minutes")),
              (Addresses{"coordinator@pwon.org.pk", "nrw.cell@wasa.punjab.gov.pk", "rabia.saleem@wasafaisalabad.gop.pk"}));
    EXPECT_EQ(addresses(recipientsOf(lahore, "evaluation-minutes")),
              (Addresses{"coordinator@pwon.org.pk", "nrw.cell@wasa.punjab.gov.pk", "md@wasafaisalabad.gop.pk",
                         "rabia.saleem@wasafaisalabad.gop.pk"}));
}

TEST_F(RecipientsTest, ReportsGoToTheContactsOfAllThreeParties) {
    const Addresses contacts{"coordinator@pwon.org.pk", "nrw.cell@wasa.punjab.gov.pk", "rabia.saleem@wasafaisalabad.gop.pk"};
    for (const char* report : {"work-plan", "diagnostic-report", "monthly-report-2024-08", "final-report-mentor",
                               "performance-assessment"})
        EXPECT_EQ(addresses(recipientsOf(lahore, report)), contacts) << report;
}

TEST_F(RecipientsTest, APartyWithoutAnyPersonsAddressIsReachedAtItsOwn) {
    for (auto& person : lahore.mentee.people) person.email.clear();
    EXPECT_EQ(addresses(recipientsOf(lahore, "work-plan")),
              (Addresses{"coordinator@pwon.org.pk", "nrw.cell@wasa.punjab.gov.pk", "info@wasafaisalabad.gop.pk"}));
}

TEST_F(RecipientsTest, EachAddressOnce) {
    lahore.mentee.people[0].email = "COORDINATOR@pwon.org.pk";  // the same mailbox, written otherwise
    const auto recipients = recipientsOf(lahore, "letter-of-request");
    EXPECT_EQ(addresses(recipients), (Addresses{"coordinator@pwon.org.pk"}));
}

TEST_F(RecipientsTest, TheRoadMapGoesToEachFacilitatorOnce) {
    const model::Partnership multan = sample("rawalpindi-multan-billing.json");
    EXPECT_EQ(addresses(roadmapRecipients({&lahore, &multan})), (Addresses{"coordinator@pwon.org.pk"}));
}

TEST(Recipient, ReadsBackItsText) {
    const Recipient r{"Ms. Sana Tariq", "coordinator@pwon.org.pk"};
    EXPECT_EQ(r.str(), "Ms. Sana Tariq <coordinator@pwon.org.pk>");
    EXPECT_EQ(Recipient::parse(r.str()), r);
    EXPECT_EQ(Recipient::parse("a@b.c"), (Recipient{"", "a@b.c"}));
}

TEST_F(RecipientsTest, TheMessageIsBilingual) {
    const auto en = record("letter-of-intent", model::Lang::En, 2, model::Status::Final);
    const auto ur = record("letter-of-intent", model::Lang::Ur, 1, model::Status::Draft);
    const OutboxMessage message =
        composeMessage({lahore.id, "letter-of-intent", &en, &ur}, &lahore, {&lahore}, "2025-03-14T09:30:00Z");
    EXPECT_EQ(message.enVersion, 2);
    EXPECT_EQ(message.urVersion, 1);
    EXPECT_EQ(message.state, OutboxState::Waiting);
    EXPECT_EQ(message.nextAttempt, "2025-03-14T09:30:00Z");
    EXPECT_NE(message.subject.find("PWON/WOP/2024/02"), std::string::npos);
    EXPECT_NE(message.subject.find("Letter of Intent / خطِ ارادہ"), std::string::npos);
    EXPECT_NE(message.body.find("English: version 2, final"), std::string::npos);
    EXPECT_NE(message.body.find("Urdu:    version 1, draft"), std::string::npos);
    EXPECT_NE(message.body.find("محترم"), std::string::npos);
    EXPECT_NE(message.body.find("ورژن 1، مسودہ"), std::string::npos);
    EXPECT_EQ(message.recipients.size(), 3u);
}

TEST_F(RecipientsTest, NobodyToMailIsRecordedAsSuch) {
    for (auto* party : {&lahore.facilitator, &lahore.mentor, &lahore.mentee}) {
        party->email.clear();
        for (auto& person : party->people) person.email.clear();
    }
    const auto en = record("work-plan", model::Lang::En, 1, model::Status::Draft);
    const OutboxMessage message = composeMessage({lahore.id, "work-plan", &en, nullptr}, &lahore, {&lahore}, "t");
    EXPECT_EQ(message.state, OutboxState::NoRecipients);
    EXPECT_EQ(message.urVersion, 0);
}

}  // namespace
}  // namespace wop::mail
