// The right person named: who represents each party, whom a letter thanks,
// how it greets them, and whose letterhead a document carries.
#include <gtest/gtest.h>

#include "context/greeting_name.h"
#include "fixture.h"

namespace wop::context {
namespace {

using model::Lang;

std::string representatives(const model::Partnership& partnership, const char* documentId) {
    return test::render("{{mentee.represented_by.name}}|{{mentor.represented_by.name}}|"
                        "{{facilitator.represented_by.name}}",
                        test::contextFor(partnership, documentId));
}

// The parties table names who signs for each party: the letter of intent's
// signatories are the mentee's director (not its managing director) and
// the mentor's managing director, who is also a director.
TEST(People, ThePartiesAreRepresentedByTheirSignatories) {
    EXPECT_EQ(representatives(test::samplePartnership(), "letter-of-intent"), "Bilal Ahmad|Imran Qureshi|Ahmed Raza");
}

TEST(People, WithoutSignatoriesTheHeadRepresentsTheParty) {
    EXPECT_EQ(representatives(test::samplePartnership(), "work-plan"), "Farah Javed|Imran Qureshi|Ahmed Raza");
}

model::Partnership withConfirmation(std::vector<std::string> attendees) {
    model::Partnership partnership = test::samplePartnership();
    partnership.initialMeeting = model::InitialMeeting{};
    partnership.initialMeeting->info.date = test::date("2025-01-20");
    partnership.initialMeeting->attendees = std::move(attendees);
    partnership.confirmation = model::Confirmation{};
    partnership.confirmation->addressee = "lhr-md";
    return partnership;
}

TEST(People, TheConfirmationThanksWhoAttendedForTheMentor) {
    const auto absent = test::contextFor(withConfirmation({"nc", "lhr-lead", "fsd-dir"}), "mentor-confirmation-letter");
    EXPECT_EQ(test::render("{{^confirmation.addressee_attended}}{{confirmation.mentor_attendees}}"
                           "{{/confirmation.addressee_attended}}",
                           absent),
              "Nadia Shah");
    const auto present = test::contextFor(withConfirmation({"nc", "lhr-md", "lhr-lead"}), "mentor-confirmation-letter");
    EXPECT_EQ(test::render("{{#confirmation.addressee_attended}}yes{{/confirmation.addressee_attended}} "
                           "{{confirmation.mentor_attendees}}",
                           present),
              "yes Imran Qureshi and Nadia Shah");
}

TEST(People, ALetterGreetsByTitleAndSurname) {
    EXPECT_EQ(greetingName("Mr. Saleem Ashraf Khokhar", Lang::En), "Mr. Khokhar");
    EXPECT_EQ(greetingName("Engr. Muhammad Asif Qureshi", Lang::En), "Engr. Qureshi");
    EXPECT_EQ(greetingName("Sana Tariq", Lang::En), "Sana Tariq");
    EXPECT_EQ(greetingName("جناب سلیم اشرف کھوکھر", Lang::Ur), "محترم جناب کھوکھر صاحب");
    EXPECT_EQ(greetingName("محترمہ ثناء طارق", Lang::Ur), "محترمہ طارق صاحبہ");
    EXPECT_EQ(greetingName("انجینئر محمد آصف قریشی", Lang::Ur), "محترم انجینئر قریشی صاحب");
}

TEST(People, TheDataMayGiveTheSalutation) {
    model::Partnership partnership = test::samplePartnership();
    partnership.mentor.people.front().salutation = {"Dear Sir", ""};
    const auto context = test::contextFor(partnership, "letter-of-intent");
    EXPECT_EQ(test::render("{{mentor.managing_director.salutation}}", context), "Dear Sir");
}

std::string issuer(const char* documentId) {
    return test::render("{{issuer.short_name}}", test::contextFor(test::samplePartnership(), documentId));
}

TEST(People, AReportCarriesTheLetterheadOfWhoCompiledIt) {
    EXPECT_EQ(issuer("monitoring-report"), "WASA-L");
    EXPECT_EQ(issuer("final-report-mentee"), "WASA-F");
    EXPECT_EQ(issuer("study-visit-report"), "WASA-F");
    EXPECT_EQ(issuer("work-plan"), "PWON");
    EXPECT_EQ(issuer("letter-of-intent"), "PWON");
}

TEST(People, TheLetterOfRequestBearsTheMenteesOwnReference) {
    model::Partnership partnership = test::samplePartnership();
    partnership.letterOfRequest = model::LetterOfRequest{};
    partnership.letterOfRequest->reference = "WASA-F/MD/2025/007";
    EXPECT_EQ(test::render("{{doc.reference}}", test::contextFor(partnership, "letter-of-request")),
              "WASA-F/MD/2025/007");
    partnership.letterOfRequest->reference.clear();
    EXPECT_EQ(test::render("[{{doc.reference}}]", test::contextFor(partnership, "letter-of-request")), "[]");
}

}  // namespace
}  // namespace wop::context

namespace wop::context {
namespace {

// A signature field is named after the signatory's party and duty.
TEST(People, EachPersonHasTheRoleTheySignIn) {
    const auto context = test::contextFor(test::samplePartnership(), "letter-of-intent");
    EXPECT_EQ(test::render("{{#letter_of_intent.signatories}}{{role}} {{/letter_of_intent.signatories}}", context),
              "mentee-director mentor-managing-director facilitator-chairman ");
    EXPECT_EQ(test::render("{{mentee.role}} {{mentee.focal_person.role}} {{facilitator.national_coordinator.role}}", context),
              "mentee mentee-team-leader facilitator-national-coordinator");
}

}  // namespace
}  // namespace wop::context
