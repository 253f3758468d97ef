// The `wopdocs/1` format (docs/data-format.md): which key of the JSON file
// holds which field of the partnership, and which keys are required.
#include <algorithm>
#include <map>

#include "model/json_reader.h"
#include "model/mail_address.h"

namespace wop::model::json {

namespace {

constexpr std::string_view formatName = "wopdocs/1";

constexpr EnumName<Duty> dutyNames[] = {
    {Duty::Chairman, "chairman"},
    {Duty::NationalCoordinator, "national-coordinator"},
    {Duty::Director, "director"},
    {Duty::ManagingDirector, "managing-director"},
    {Duty::TeamLeader, "team-leader"},
    {Duty::TeamMember, "team-member"},
    {Duty::FocalPerson, "focal-person"},
    {Duty::Other, "other"},
};
constexpr EnumName<Owner> ownerNames[] = {
    {Owner::Mentor, "mentor"},
    {Owner::Mentee, "mentee"},
    {Owner::Facilitator, "facilitator"},
    {Owner::Joint, "joint"},
};
constexpr EnumName<Role> roleNames[] = {
    {Role::Mentor, "mentor"},
    {Role::Mentee, "mentee"},
    {Role::Facilitator, "facilitator"},
    {Role::SupportingPartner, "supporting-partner"},
};
constexpr EnumName<Status> statusNames[] = {
    {Status::Draft, "draft"},
    {Status::Final, "final"},
};

void readFormat(const Value& value, std::string& out) {
    if (readString(value, out) && out != formatName) value.expected("\"" + std::string(formatName) + "\"");
}

// A partnership's id names its folders and files, in the store, under
// generate's --out and in mail, and the portal's links: safe in a file name,
// not the road map's, and short enough for every one of them (a file name
// of 255 bytes with the document, language and version; the portal's
// links, server/registry_id.cpp, take 100 characters).
constexpr std::size_t maxPartnershipIdChars = 64;

void readPartnershipId(const Value& value, std::string& out) {
    if (!readString(value, out)) return;
    const bool safe = std::all_of(out.begin(), out.end(),
                                  [](char c) { return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-'; });
    if (!safe) value.expected("an id of a-z, 0-9 and \"-\"");
    else if (out.size() > maxPartnershipIdChars)
        value.error("expected an id of at most " + std::to_string(maxPartnershipIdChars) + " characters, found " +
                    std::to_string(out.size()));
    else if (out == programId) value.error("\"" + out + "\" names the road map's documents; choose another id");
}

void readMailAddress(const Value& value, std::string& out) {
    if (readString(value, out) && !isMailAddress(out))
        value.expected("an email address name@domain (letters, digits and .!#$%&'*+-/=?^_`{|}~ before the @, a "
                       "domain name after it; no spaces, commas, quotes or angle brackets)");
}

// A name heads letters and signatures and is written into mail headers: one line.
bool isOneLine(const std::string& text) { return text.find_first_of("\n\t") == std::string::npos; }
bool isOneLine(const Text& text) { return isOneLine(text.en) && isOneLine(text.ur); }

struct ReadName {
    template <class T>  // Text or std::string
    void operator()(const Value& value, T& out) const {
        readValue(value, out);
        if (!isOneLine(out)) value.expected("a name on one line, without line breaks or tabs");
    }
};

// The section each document is written from, by the document's id, for a
// file that names a section after its document.
constexpr std::pair<std::string_view, std::string_view> documentSections[] = {
    {"initial-meeting-minutes", "initial_meeting"},  {"mentor-confirmation-letter", "confirmation"},
    {"mentor-workshop-report", "mentor_workshop"},   {"diagnostic-report", "diagnostic"},
    {"memorandum-of-agreement", "memorandum"},       {"study-visit-report", "study_visit"},
    {"monthly-report", "monthly_reports"},           {"monitoring-report", "monitoring"},
    {"evaluation-minutes", "evaluation"},            {"recommendation-letter", "recommendation"},
    {"performance-assessment", "assessment"},
};

void readPersonId(const Value& value, std::string& out) {
    if (readString(value, out)) value.context.referToPerson(out, value.path);
}

void readPersonIds(const Value& value, std::vector<std::string>& out) { readList(value, out, readPersonId); }

void readPurpose(const Value& value, int& out) { IntegerBetween{1, 5}(value, out); }

void readSteps(const Value& value, std::optional<Date> (&steps)[stepCount]) {
    readObject(value, [&](Fields& fields) {
        for (int step = 0; step < stepCount; ++step) fields.optional(stepKey(static_cast<Step>(step)), steps[step]);
    });
}

// Two dates of one object where the second may not come before the first.
void checkNotBefore(const Value& value, std::string_view firstKey, const Date& first, std::string_view lastKey,
                    const Date& last) {
    if (last < first) {
        value.error("expected \"" + std::string(lastKey) + "\" on or after \"" + std::string(firstKey) + "\" (" +
                    first.iso() + "), found " + last.iso());
    }
}

// Each month has one report: the month names the report's output file.
void checkDistinctMonths(const Value& value, const std::vector<MonthlyReport>& reports) {
    std::map<YearMonth, std::size_t> firstIndex;
    const std::string listPath = childPath(value.path, "monthly_reports");
    for (std::size_t i = 0; i < reports.size(); ++i) {
        auto [first, added] = firstIndex.emplace(reports[i].month, i);
        if (!added) {
            value.context.error(childPath(itemPath(listPath, i), "month"),
                                "duplicate month \"" + reports[i].month.iso() + "\", already reported at " +
                                    itemPath(listPath, first->second));
        }
    }
}

}  // namespace

void readValue(const Value& value, Duty& out) { readEnum(value, out, dutyNames); }
void readValue(const Value& value, Owner& out) { readEnum(value, out, ownerNames); }
void readValue(const Value& value, Role& out) { readEnum(value, out, roleNames); }
void readValue(const Value& value, Status& out) { readEnum(value, out, statusNames); }

namespace {

void readInfo(Fields& fields, DocumentInfo& info) {
    fields.optional("status", info.status);
    fields.optional("date", info.date);
}

}  // namespace

void readValue(const Value& value, Person& person) {
    readObject(value, [&](Fields& fields) {
        fields.required("id", person.id);
        fields.required("name", person.name, ReadName{});
        fields.optional("title", person.title);
        fields.optional("salutation", person.salutation);
        fields.optional("duties", person.duties);
        fields.optional("email", person.email, readMailAddress);
    });
    if (!person.id.empty()) value.context.definePerson(person.id, value.path);
}

void readValue(const Value& value, Indicator& indicator) {
    readObject(value, [&](Fields& fields) {
        fields.required("name", indicator.name);
        fields.required("value", indicator.value);
    });
}

void readValue(const Value& value, Organisation& organisation) {
    readObject(value, [&](Fields& fields) {
        fields.required("id", organisation.id);
        fields.required("name", organisation.name, ReadName{});
        fields.optional("short_name", organisation.shortName, ReadName{});
        fields.optional("address", organisation.address);
        fields.optional("city", organisation.city);
        fields.optional("email", organisation.email, readMailAddress);
        fields.optional("phone", organisation.phone);
        fields.optional("profile", organisation.profile);
        fields.optional("water_supply_system", organisation.waterSupplySystem);
        fields.optional("performance", organisation.performance);
        fields.optional("people", organisation.people);
        fields.optional("logo", organisation.logo);
        fields.optional("seal", organisation.seal);
    });
}

void readValue(const Value& value, DateRange& range) {
    const bool clean = readObject(value, [&](Fields& fields) {
        fields.required("from", range.from);
        fields.required("to", range.to);
    });
    if (clean) checkNotBefore(value, "from", range.from, "to", range.to);
}

void readValue(const Value& value, LetterOfRequest& letter) {
    readObject(value, [&](Fields& fields) {
        readInfo(fields, letter.info);
        fields.optional("reference", letter.reference);
        fields.optional("signatory", letter.signatory, readPersonId);
        fields.optional("intention", letter.intention);
        fields.optional("readiness", letter.readiness);
        fields.optional("expected_results", letter.expectedResults);
        fields.optional("mentor_chosen", letter.mentorChosen);
    });
}

void readValue(const Value& value, Presentation& presentation) {
    readObject(value, [&](Fields& fields) {
        fields.optional("profile", presentation.profile);
        fields.optional("water_supply_system", presentation.waterSupplySystem);
        fields.optional("problems", presentation.problems);
        fields.optional("best_practices", presentation.bestPractices);
        fields.optional("performance", presentation.performance);
        fields.optional("commitment", presentation.commitment);
        fields.optional("funding", presentation.funding);
        fields.optional("people", presentation.people);
        fields.optional("candidates", presentation.candidates);
    });
}

void readValue(const Value& value, InitialMeeting& meeting) {
    readObject(value, [&](Fields& fields) {
        readInfo(fields, meeting.info);
        fields.optional("venue", meeting.venue);
        fields.optional("attendees", meeting.attendees, readPersonIds);
        fields.optional("mentee_presentation", meeting.mentee);
        fields.optional("mentor_presentation", meeting.mentor);
        fields.optional("decision", meeting.decision);
        fields.optional("summary", meeting.summary);
    });
}

void readValue(const Value& value, Confirmation& confirmation) {
    readObject(value, [&](Fields& fields) {
        readInfo(fields, confirmation.info);
        fields.optional("addressee", confirmation.addressee, readPersonId);
        fields.optional("signatory", confirmation.signatory, readPersonId);
        fields.optional("reply_by", confirmation.replyBy);
    });
}

void readValue(const Value& value, MentorWorkshop& workshop) {
    readObject(value, [&](Fields& fields) {
        readInfo(fields, workshop.info);
        fields.optional("venue", workshop.venue);
        fields.optional("participants", workshop.participants);
        fields.optional("experiences", workshop.experiences);
        fields.optional("strategies", workshop.strategies);
        fields.optional("guidelines", workshop.guidelines);
    });
}

void readValue(const Value& value, Witness& witness) {
    readObject(value, [&](Fields& fields) {
        fields.required("name", witness.name);
        fields.optional("title", witness.title);
        fields.optional("organisation", witness.organisation);
    });
}

void readValue(const Value& value, Commitments& commitments) {
    readObject(value, [&](Fields& fields) {
        fields.optional("mentor", commitments.mentor);
        fields.optional("mentee", commitments.mentee);
        fields.optional("facilitator", commitments.facilitator);
    });
}

void readValue(const Value& value, LetterOfIntent& letter) {
    readObject(value, [&](Fields& fields) {
        readInfo(fields, letter.info);
        fields.optional("place", letter.place);
        fields.optional("commitments", letter.commitments);
        fields.optional("signatories", letter.signatories, readPersonIds);
        fields.optional("witnesses", letter.witnesses);
    });
}

void readValue(const Value& value, DiagnosticReport& report) {
    readObject(value, [&](Fields& fields) {
        readInfo(fields, report.info);
        fields.required("visit", report.visit);
        fields.optional("pre_study_data", report.preStudyData);
        fields.optional("survey", report.survey);
        fields.optional("problems", report.problems);
        fields.optional("analysis", report.analysis);
        fields.optional("strategies", report.strategies);
    });
}

void readValue(const Value& value, Activity& activity) {
    const bool clean = readObject(value, [&](Fields& fields) {
        fields.required("title", activity.title);
        fields.optional("owner", activity.owner);
        fields.required("start", activity.start);
        fields.required("end", activity.end);
        fields.optional("done", activity.done);
    });
    if (clean) checkNotBefore(value, "start", activity.start, "end", activity.end);
}

void readValue(const Value& value, Target& target) {
    readObject(value, [&](Fields& fields) {
        fields.required("indicator", target.indicator);
        fields.required("baseline", target.baseline);
        fields.required("target", target.target);
        fields.optional("achieved", target.achieved);
        fields.optional("met", target.met);
    });
}

void readValue(const Value& value, WorkPlan& plan) {
    readObject(value, [&](Fields& fields) {
        readInfo(fields, plan.info);
        fields.optional("steps", plan.steps);
        fields.optional("description", plan.description);
        fields.optional("pilot", plan.pilot);
        fields.optional("activities", plan.activities);
        fields.optional("implementation", plan.implementation);
        fields.optional("pilot_targets", plan.pilotTargets);
        fields.optional("learning_targets", plan.learningTargets);
        fields.optional("planned_monitoring_visits", plan.plannedMonitoringVisits);
        fields.optional("planned_meetings", plan.plannedMeetings);
    });
}

void readValue(const Value& value, CostItem& cost) {
    readObject(value, [&](Fields& fields) {
        fields.required("item", cost.item);
        fields.required("paid_by", cost.paidBy);
    });
}

void readValue(const Value& value, MemorandumOfAgreement& memorandum) {
    readObject(value, [&](Fields& fields) {
        readInfo(fields, memorandum.info);
        fields.optional("place", memorandum.place);
        fields.optional("costs", memorandum.costs);
        fields.optional("signatories", memorandum.signatories, readPersonIds);
    });
}

void readValue(const Value& value, Learning& learning) {
    readObject(value, [&](Fields& fields) {
        fields.required("purpose", learning.purpose, readPurpose);
        fields.required("text", learning.text);
    });
}

void readValue(const Value& value, StudyVisit& visit) {
    readObject(value, [&](Fields& fields) {
        readInfo(fields, visit.info);
        fields.required("visit", visit.visit);
        fields.optional("places", visit.places);
        fields.optional("people", visit.people);
        fields.optional("learnings", visit.learnings);
    });
}

void readValue(const Value& value, MonthlyReport& report) {
    readObject(value, [&](Fields& fields) {
        readInfo(fields, report.info);
        fields.required("month", report.month);
        fields.optional("progress", report.progress);
        fields.optional("activities", report.activities);
        fields.optional("actions_on_advice", report.actionsOnAdvice);
        fields.optional("findings", report.findings);
        fields.optional("obstacles", report.obstacles);
        fields.optional("requests", report.requests);
    });
}

void readValue(const Value& value, MonitoringVisit& visit) {
    readObject(value, [&](Fields& fields) {
        fields.required("date", visit.date);
        fields.optional("observations", visit.observations);
        fields.optional("advice", visit.advice);
        fields.optional("training", visit.training);
    });
}

void readValue(const Value& value, MonitoringReport& report) {
    readObject(value, [&](Fields& fields) {
        readInfo(fields, report.info);
        fields.optional("visits", report.visits);
    });
}

void readValue(const Value& value, FinalReportMentee& report) {
    readObject(value, [&](Fields& fields) {
        readInfo(fields, report.info);
        fields.optional("summary", report.summary);
        fields.optional("implementation", report.implementation);
        fields.optional("sops", report.sops);
    });
}

void readValue(const Value& value, FinalReportMentor& report) {
    readObject(value, [&](Fields& fields) {
        readInfo(fields, report.info);
        fields.optional("conclusion", report.conclusion);
        fields.optional("mentee_performance", report.menteePerformance);
    });
}

void readValue(const Value& value, EvaluationMeeting& meeting) {
    readObject(value, [&](Fields& fields) {
        readInfo(fields, meeting.info);
        fields.optional("venue", meeting.venue);
        fields.optional("attendees", meeting.attendees, readPersonIds);
        fields.optional("process", meeting.process);
        fields.optional("implementation", meeting.implementation);
        fields.optional("achievements", meeting.achievements);
        fields.optional("recommendations", meeting.recommendations);
        fields.optional("lessons", meeting.lessons);
    });
}

void readValue(const Value& value, Meeting& meeting) {
    readObject(value, [&](Fields& fields) {
        fields.required("date", meeting.date);
        fields.required("subject", meeting.subject);
        fields.optional("venue", meeting.venue);
    });
}

void readValue(const Value& value, RecommendationLetter& letter) {
    readObject(value, [&](Fields& fields) {
        readInfo(fields, letter.info);
        fields.optional("addressee", letter.addressee, readPersonId);
        fields.optional("signatory", letter.signatory, readPersonId);
        fields.optional("results", letter.results);
        fields.optional("copied_to", letter.copiedTo);
    });
}

void readValue(const Value& value, AssessmentNotes& notes) {
    readObject(value, [&](Fields& fields) {
        fields.optional("uniqueness", notes.uniqueness);
        fields.optional("targets", notes.targets);
        fields.optional("horizon", notes.horizon);
    });
}

void readValue(const Value& value, PerformanceAssessment& assessment) {
    readObject(value, [&](Fields& fields) {
        readInfo(fields, assessment.info);
        fields.optional("advice_given", assessment.adviceGiven);
        fields.optional("mentor_notes", assessment.mentor);
        fields.optional("mentee_notes", assessment.mentee);
    });
}

namespace {

void readParties(const Value& value, Partnership& partnership) {
    readObject(value, [&](Fields& fields) {
        fields.required("facilitator", partnership.facilitator);
        fields.required("mentor", partnership.mentor);
        fields.required("mentee", partnership.mentee);
        fields.optional("supporting_partners", partnership.supportingPartners);
    });
}

void readExtra(const Value& value, std::map<std::string, Text>& extra) {
    Poco::JSON::Object::Ptr members = asObject(value);
    if (!members) return;
    for (const std::string& key : members->getNames()) {
        const Value field{members->get(key), childPath(value.path, key), value.context};
        if (!isExtraKey(key)) {
            field.error("expected a key of a-z, 0-9 and \"_\" that starts with a letter, found \"" + key + "\"");
            continue;
        }
        readValue(field, extra[key]);
    }
}

}  // namespace

void readValue(const Value& value, Partnership& partnership) {
    std::string format;
    readObject(value, [&](Fields& fields) {
        for (const auto& [document, section] : documentSections)
            fields.misnamed(document, "the document " + std::string(document) + " is written from the section \"" +
                                          std::string(section) + "\"");
        fields.required("format", format, readFormat);
        fields.required("id", partnership.id, readPartnershipId);
        fields.required("reference", partnership.reference);
        fields.optional("title", partnership.title);
        fields.required("subject", partnership.subject);
        fields.optional("large_team", partnership.largeTeam);
        fields.required("parties", partnership, readParties);
        fields.optional("steps", partnership.steps, readSteps);
        fields.optional("letter_of_request", partnership.letterOfRequest);
        fields.optional("initial_meeting", partnership.initialMeeting);
        fields.optional("confirmation", partnership.confirmation);
        fields.optional("mentor_workshop", partnership.mentorWorkshop);
        fields.optional("letter_of_intent", partnership.letterOfIntent);
        fields.optional("diagnostic", partnership.diagnostic);
        fields.optional("meetings", partnership.meetings);
        fields.optional("work_plan", partnership.workPlan);
        fields.optional("memorandum", partnership.memorandum);
        fields.optional("study_visit", partnership.studyVisit);
        fields.optional("monthly_reports", partnership.monthlyReports);
        fields.optional("monitoring", partnership.monitoring);
        fields.optional("final_report_mentee", partnership.finalReportMentee);
        fields.optional("final_report_mentor", partnership.finalReportMentor);
        fields.optional("evaluation", partnership.evaluation);
        fields.optional("recommendation", partnership.recommendation);
        fields.optional("assessment", partnership.assessment);
        fields.optional("extra", partnership.extra, readExtra);
    });
    checkDistinctMonths(value, partnership.monthlyReports);
}

}  // namespace wop::model::json
