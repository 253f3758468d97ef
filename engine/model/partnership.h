// The partnership data of one Water Operators' Partnership, as read from a
// `wopdocs/1` JSON file (docs/data-format.md). Plain values: the loader
// (loader.h) fills them, the rule checker (rules.h) reads them, every later
// stage reads them. Nothing here formats or localizes.
#pragma once

#include <map>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "base/image.h"
#include "model/date.h"
#include "model/text.h"

namespace wop::model {

enum class Role { Mentor, Mentee, Facilitator, SupportingPartner };

// A person's duties, as the guideline names them. A person may hold several.
enum class Duty {
    Chairman,             // Chairman of PWON
    NationalCoordinator,  // PWON's National Coordinator
    Director,             // director of a utility
    ManagingDirector,     // MD / CEO of a utility (signs the MoA)
    TeamLeader,
    TeamMember,
    FocalPerson,
    Other
};

struct Person {
    std::string id;  // unique within the file
    Text name;
    Text title;      // job title as printed under a signature
    std::vector<Duty> duties;
    std::string email;
    Text salutation;  // how a letter greets the person ("Mr. Khokhar"); derived from the name when empty

    bool hasDuty(Duty duty) const;
};

struct Indicator {
    Text name;
    std::string value;  // as printed: "32 %", "18 h/day"
};

// An image file the data names, read and checked with the partnership
// (image_source.h): an organisation's logo or seal.
struct Image {
    std::string file;  // as the data names it, relative to the partnership file's folder: "logos/wasa.png"
    std::shared_ptr<const base::Image> content;
};

struct Organisation {
    std::string id;
    Text name;
    std::string shortName;  // "WASA Lahore", "PWON"
    Text address;
    Text city;
    std::string email;
    std::string phone;
    Text profile;                      // brief company profile
    Text waterSupplySystem;            // description of the service system
    std::vector<Indicator> performance;  // achieved performance (mentor) or baseline (mentee)
    std::vector<Person> people;
    std::optional<Image> logo;  // on its letterheads
    std::optional<Image> seal;  // its stamp, beside its signatories' signatures
};

struct DateRange {
    Date from;
    Date to;
};

// The guideline's steps, in the order it prescribes (section 3).
enum class Step {
    Request,
    InitialMeeting,
    Confirmation,
    MentorWorkshop,
    LetterOfIntent,
    DiagnosticVisit,
    WorkPlan,
    MemorandumOfAgreement,
    StudyVisit,
    PilotStart,
    PilotEnd,
    FinalReports,
    EvaluationMeeting,
    DisseminationWorkshop,
    Recommendation
};
inline constexpr int stepCount = 15;

// The step's key in the JSON `steps` object: "initial_meeting".
std::string_view stepKey(Step step);

enum class Status { Draft, Final };

// Fields every document section shares.
struct DocumentInfo {
    Status status = Status::Draft;
    std::optional<Date> date;  // date printed on the document
};

struct LetterOfRequest {
    DocumentInfo info;
    std::string reference;  // the mentee's own file number: the letter is the mentee's
    std::string signatory;  // person id (mentee management)
    Text intention;
    Text readiness;
    std::vector<Text> expectedResults;
    bool mentorChosen = false;  // whether the mentee names its mentor
};

struct Presentation {
    Text profile;
    Text waterSupplySystem;
    std::vector<Text> problems;        // mentee: existing problems
    std::vector<Text> bestPractices;   // mentee: priorities to learn; mentor: practices offered
    std::vector<Indicator> performance;  // mentor: performance achieved
    Text commitment;
    Text funding;
    Text people;
    std::vector<Text> candidates;  // mentee: mentor candidates; mentor: expected mentee criteria
};

struct InitialMeeting {
    DocumentInfo info;
    Text venue;
    std::vector<std::string> attendees;  // person ids
    Presentation mentee;
    Presentation mentor;
    Text decision;
    Text summary;
};

struct Confirmation {
    DocumentInfo info;
    std::string addressee;  // person id at the mentor
    std::string signatory;  // person id at the facilitator
    std::optional<Date> replyBy;
};

struct MentorWorkshop {
    DocumentInfo info;
    Text venue;
    std::vector<Text> participants;  // free text: "Engr. A. Khan, WASA Lahore"
    std::vector<Text> experiences;
    std::vector<Text> strategies;
    std::vector<Text> guidelines;
};

struct Witness {
    Text name;
    Text title;
    Text organisation;
};

struct Commitments {
    std::vector<Text> mentor;
    std::vector<Text> mentee;
    std::vector<Text> facilitator;
};

struct LetterOfIntent {
    DocumentInfo info;
    Text place;  // ceremony place, at the mentee's site
    Commitments commitments;
    std::vector<std::string> signatories;  // person ids
    std::vector<Witness> witnesses;
};

struct DiagnosticReport {
    DocumentInfo info;
    DateRange visit;
    std::vector<Text> preStudyData;  // annual report, company profile, ...
    std::vector<Text> survey;        // survey and observation
    std::vector<Text> problems;
    Text analysis;
    std::vector<Text> strategies;
};

enum class Owner { Mentor, Mentee, Facilitator, Joint };

struct Activity {
    Text title;
    Owner owner = Owner::Joint;
    Date start;
    Date end;
    bool done = false;
};

struct Target {
    Text indicator;
    std::string baseline;
    std::string target;
    std::optional<std::string> achieved;  // filled at the end of the pilot
    bool met = false;
};

struct WorkPlan {
    DocumentInfo info;
    std::vector<Text> steps;  // steps and procedures
    Text description;
    std::optional<DateRange> pilot;  // the pilot project as planned (6-8 months)
    std::vector<Activity> activities;
    Text implementation;
    std::vector<Target> pilotTargets;
    std::vector<Text> learningTargets;
    int plannedMonitoringVisits = 0;
    int plannedMeetings = 0;
};

struct CostItem {
    Text item;
    Role paidBy = Role::Mentee;
};

struct MemorandumOfAgreement {
    DocumentInfo info;
    Text place;
    std::vector<CostItem> costs;  // section 4.1
    std::vector<std::string> signatories;
};

struct Learning {
    int purpose = 1;  // 1..5, the purposes of section 3.2.1
    Text text;
};

struct StudyVisit {
    DocumentInfo info;
    DateRange visit;
    std::vector<Text> places;
    std::vector<Text> people;
    std::vector<Learning> learnings;
};

struct MonthlyReport {
    DocumentInfo info;
    YearMonth month;
    std::vector<Indicator> progress;
    std::vector<Text> activities;
    std::vector<Text> actionsOnAdvice;
    std::vector<Text> findings;
    std::vector<Text> obstacles;
    std::vector<Text> requests;
};

struct MonitoringVisit {
    Date date;
    std::vector<Text> observations;
    std::vector<Text> advice;
    std::vector<Text> training;
};

struct MonitoringReport {
    DocumentInfo info;
    std::vector<MonitoringVisit> visits;
};

struct FinalReportMentee {
    DocumentInfo info;
    Text summary;         // summary of the monthly reports
    Text implementation;  // summary of the pilot implementation
    std::vector<Text> sops;  // standard operating procedures written
};

struct FinalReportMentor {
    DocumentInfo info;
    Text conclusion;
    Text menteePerformance;
};

struct EvaluationMeeting {
    DocumentInfo info;
    Text venue;
    std::vector<std::string> attendees;
    Text process;
    Text implementation;
    std::vector<Text> achievements;
    std::vector<Text> recommendations;
    std::vector<Text> lessons;
};

// A meeting of the parties during the partnership, counted against the work
// plan's planned meetings (guideline 5.2, the mentor's commitment).
struct Meeting {
    Date date;
    Text subject;
    Text venue;
};

struct RecommendationLetter {
    DocumentInfo info;
    std::string addressee;  // person id at the mentee
    std::string signatory;  // person id at the facilitator
    std::vector<Text> results;   // the results to follow up
    std::vector<Text> copiedTo;  // the mentee's stakeholders
};

// Qualitative notes of section 5.4, one set per party.
struct AssessmentNotes {
    Text uniqueness;
    Text targets;
    Text horizon;  // short, mid and long term
};

struct PerformanceAssessment {
    DocumentInfo info;
    // The items of advice the parties counted in all, when they did; else the
    // assessment counts those of the monitoring visits.
    std::optional<int> adviceGiven;
    AssessmentNotes mentor;
    AssessmentNotes mentee;
};

// The id of all partnerships together: the road map's, whose documents go
// under a folder of that name. No partnership may take it.
inline constexpr std::string_view programId = "program";

struct Partnership {
    std::string sourceFile;  // where it was read from, for messages
    std::string id;          // file-system safe: [a-z0-9-]+
    std::string reference;   // printed in every footer: "PWON/WOP/2025/03"
    Text title;
    Text subject;  // the learning subject
    bool largeTeam = false;

    Organisation facilitator;
    Organisation mentor;
    Organisation mentee;
    std::vector<Organisation> supportingPartners;

    std::optional<Date> steps[stepCount];  // indexed by Step

    std::optional<LetterOfRequest> letterOfRequest;
    std::optional<InitialMeeting> initialMeeting;
    std::optional<Confirmation> confirmation;
    std::optional<MentorWorkshop> mentorWorkshop;
    std::optional<LetterOfIntent> letterOfIntent;
    std::optional<DiagnosticReport> diagnostic;
    std::vector<Meeting> meetings;
    std::optional<WorkPlan> workPlan;
    std::optional<MemorandumOfAgreement> memorandum;
    std::optional<StudyVisit> studyVisit;
    std::vector<MonthlyReport> monthlyReports;
    std::optional<MonitoringReport> monitoring;
    std::optional<FinalReportMentee> finalReportMentee;
    std::optional<FinalReportMentor> finalReportMentor;
    std::optional<EvaluationMeeting> evaluation;
    std::optional<RecommendationLetter> recommendation;
    std::optional<PerformanceAssessment> assessment;
    // Fields of the facilitator's own that no section has, for templates to
    // print (`{{extra.ceremony_time}}`), by their keys: snake_case names.
    std::map<std::string, Text> extra;

    const std::optional<Date>& step(Step s) const { return steps[static_cast<int>(s)]; }
    // The person with this id in any party, with the party it belongs to.
    const Person* findPerson(const std::string& personId, const Organisation** party = nullptr) const;
    // Every party: facilitator, mentor, mentee, then the supporting partners.
    std::vector<const Organisation*> parties() const;
    // The images its parties name, each file once.
    std::vector<const Image*> images() const;
};

// Whether `key` may name a field of `extra`: a-z, 0-9 and "_", from a letter.
bool isExtraKey(const std::string& key);

}  // namespace wop::model
