#include "model/rules.h"

#include <algorithm>
#include <cstdio>
#include <string_view>

namespace wop::model {

namespace {

constexpr std::string_view teamRule = "mentee team of 4-10 people, at most 15 in a large team (guideline 3.1.1 A.6)";
constexpr std::string_view pilotRule = "pilot of 6-8 months (guideline 2.6)";
constexpr std::string_view meetingRule =
    "initial meeting attended by PWON's national coordinator and both directors (guideline 3.1.2)";
constexpr std::string_view intentRule = "LoI signed by both directors and PWON's chairman (guideline 3.1.4)";
constexpr std::string_view agreementRule = "MoA signed by both MDs/CEOs and PWON's chairman (guideline 3.1.7)";
constexpr std::string_view orderRule = "steps in the guideline's order (guideline 3)";
constexpr std::string_view monthlyRule = "monthly reports during the pilot (guideline 3.2.2)";
constexpr std::string_view adviceRule = "advice counted by the mentor's know-how transfer (guideline 5.2)";

class Warnings {
public:
    explicit Warnings(const Partnership& partnership) : file_(partnership.sourceFile) {}

    void add(std::string path, std::string message, std::string_view rule) {
        list_.push_back(
            Diagnostic{Diagnostic::Severity::Warning, file_, std::move(path), std::move(message), std::string(rule)});
    }
    std::vector<Diagnostic> take() { return std::move(list_); }

private:
    std::string file_;
    std::vector<Diagnostic> list_;
};

std::string dutyName(Duty duty) {
    switch (duty) {
        case Duty::Chairman: return "chairman";
        case Duty::NationalCoordinator: return "national coordinator";
        case Duty::Director: return "director";
        case Duty::ManagingDirector: return "managing director (MD/CEO)";
        case Duty::TeamLeader: return "team leader";
        case Duty::TeamMember: return "team member";
        case Duty::FocalPerson: return "focal person";
        case Duty::Other: break;
    }
    return "other";
}

std::string partyName(const Organisation& party) { return party.shortName.empty() ? party.name.en : party.shortName; }

void checkTeamSize(const Partnership& partnership, Warnings& warnings) {
    const auto& people = partnership.mentee.people;
    const auto team = std::count_if(people.begin(), people.end(), [](const Person& person) {
        return person.hasDuty(Duty::TeamLeader) || person.hasDuty(Duty::TeamMember);
    });
    const int minimum = 4;
    const int maximum = partnership.largeTeam ? 15 : 10;
    if (team < minimum || team > maximum) {
        warnings.add("$.parties.mentee.people",
                     "the mentee team (team leader and members) has " + std::to_string(team) + " people, expected " +
                         std::to_string(minimum) + " to " + std::to_string(maximum),
                     teamRule);
    }
}

// The pilot as it ran (its steps) and as the work plan planned it.
void checkPilotLength(const Date& start, const Date& end, std::string path, std::string_view what,
                      Warnings& warnings) {
    const double months = monthsBetween(start, end);
    if (months >= shortestPilotMonths && months <= longestPilotMonths) return;
    char length[32];
    std::snprintf(length, sizeof length, "%.2f", months);
    warnings.add(std::move(path),
                 std::string(what) + " " + std::string(length) + " months (" + start.iso() + " to " + end.iso() +
                     "), expected " + std::to_string(shortestPilotMonths) + " to " +
                     std::to_string(longestPilotMonths),
                 pilotRule);
}

void checkPilotLength(const Partnership& partnership, Warnings& warnings) {
    const auto& start = partnership.step(Step::PilotStart);
    const auto& end = partnership.step(Step::PilotEnd);
    if (start && end) checkPilotLength(*start, *end, "$.steps.pilot_end", "the pilot lasts", warnings);
    if (partnership.workPlan && partnership.workPlan->pilot) {
        const DateRange& planned = *partnership.workPlan->pilot;
        checkPilotLength(planned.from, planned.to, "$.work_plan.pilot", "the work plan plans a pilot of", warnings);
    }
}

// The assessment's count of advice is the parties' total: it cannot be
// smaller than what the monitoring visits alone record.
void checkAdviceCount(const Partnership& partnership, Warnings& warnings) {
    if (!partnership.assessment || !partnership.assessment->adviceGiven || !partnership.monitoring) return;
    std::size_t recorded = 0;
    for (const MonitoringVisit& visit : partnership.monitoring->visits) recorded += visit.advice.size();
    const int counted = *partnership.assessment->adviceGiven;
    if (static_cast<std::size_t>(counted) >= recorded) return;
    warnings.add("$.assessment.advice_given",
                 "the assessment counts " + std::to_string(counted) + " items of advice in all, but the monitoring "
                 "visits alone record " + std::to_string(recorded),
                 adviceRule);
}

// Someone who must be among the attendees or signatories.
struct Required {
    const Organisation& party;
    std::string_view partyRole;
    Duty duty;
};

void checkPeopleInclude(const Partnership& partnership, const std::vector<std::string>& personIds,
                        const std::string& path, std::string_view listName, std::initializer_list<Required> required,
                        std::string_view rule, Warnings& warnings) {
    for (const Required& needed : required) {
        const bool present = std::any_of(personIds.begin(), personIds.end(), [&](const std::string& id) {
            const Organisation* party = nullptr;
            const Person* person = partnership.findPerson(id, &party);
            return person && party == &needed.party && person->hasDuty(needed.duty);
        });
        if (!present) {
            warnings.add(path,
                         "the " + std::string(listName) + " include no " + dutyName(needed.duty) + " of the " +
                             std::string(needed.partyRole) + " (" + partyName(needed.party) + ")",
                         rule);
        }
    }
}

void checkSignatoriesAndAttendees(const Partnership& p, Warnings& warnings) {
    if (p.initialMeeting) {
        checkPeopleInclude(p, p.initialMeeting->attendees, "$.initial_meeting.attendees", "attendees",
                           {{p.facilitator, "facilitator", Duty::NationalCoordinator},
                            {p.mentor, "mentor", Duty::Director},
                            {p.mentee, "mentee", Duty::Director}},
                           meetingRule, warnings);
    }
    if (p.letterOfIntent) {
        checkPeopleInclude(p, p.letterOfIntent->signatories, "$.letter_of_intent.signatories", "signatories",
                           {{p.mentee, "mentee", Duty::Director},
                            {p.mentor, "mentor", Duty::Director},
                            {p.facilitator, "facilitator", Duty::Chairman}},
                           intentRule, warnings);
    }
    if (p.memorandum) {
        checkPeopleInclude(p, p.memorandum->signatories, "$.memorandum.signatories", "signatories",
                           {{p.mentee, "mentee", Duty::ManagingDirector},
                            {p.mentor, "mentor", Duty::ManagingDirector},
                            {p.facilitator, "facilitator", Duty::Chairman}},
                           agreementRule, warnings);
    }
}

// Every pair, not only neighbours: one misplaced date shows against each step it crosses.
void checkStepOrder(const Partnership& partnership, Warnings& warnings) {
    for (int later = 0; later < stepCount; ++later) {
        const auto& laterDate = partnership.steps[later];
        if (!laterDate) continue;
        for (int earlier = 0; earlier < later; ++earlier) {
            const auto& earlierDate = partnership.steps[earlier];
            if (!earlierDate || *earlierDate <= *laterDate) continue;
            const std::string laterKey(stepKey(static_cast<Step>(later)));
            const std::string earlierKey(stepKey(static_cast<Step>(earlier)));
            warnings.add("$.steps." + laterKey,
                         "\"" + laterKey + "\" (" + laterDate->iso() + ") is before \"" + earlierKey + "\" (" +
                             earlierDate->iso() + "), which the guideline puts first",
                         orderRule);
        }
    }
}

void checkMonthlyReports(const Partnership& partnership, Warnings& warnings) {
    const auto& start = partnership.step(Step::PilotStart);
    const auto& end = partnership.step(Step::PilotEnd);
    if (!start) return;
    const YearMonth first{start->year, start->month};
    const std::optional<YearMonth> last =
        end ? std::optional<YearMonth>(YearMonth{end->year, end->month}) : std::nullopt;
    const std::string pilot = first.iso() + " to " + (last ? last->iso() : "now");
    for (std::size_t i = 0; i < partnership.monthlyReports.size(); ++i) {
        const YearMonth& month = partnership.monthlyReports[i].month;
        if (month < first || (last && month > *last)) {
            warnings.add("$.monthly_reports[" + std::to_string(i) + "].month",
                         "month " + month.iso() + " is outside the pilot (" + pilot + ")", monthlyRule);
        }
    }
}

}  // namespace

std::vector<Diagnostic> checkRules(const Partnership& partnership) {
    Warnings warnings(partnership);
    checkTeamSize(partnership, warnings);
    checkPilotLength(partnership, warnings);
    checkSignatoriesAndAttendees(partnership, warnings);
    checkStepOrder(partnership, warnings);
    checkMonthlyReports(partnership, warnings);
    checkAdviceCount(partnership, warnings);
    return warnings.take();
}

}  // namespace wop::model
