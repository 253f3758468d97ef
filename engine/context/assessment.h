// The WOP performance assessment (guideline 5.2/5.3): what the data records
// against what was planned or due, per party, plus the notes of 5.4. Every
// figure comes with what it counted, so that the page can show it.
#pragma once

#include <optional>
#include <vector>

#include "context/catalogue.h"
#include "context/delivery_records.h"
#include "context/values.h"
#include "model/partnership.h"

namespace wop::context {

// A report a party owes: delivered when the data holds it as final (and,
// given records, the registry holds it).
struct ReportDue {
    DocumentInstance document;  // a monthly report's month is the month it covers
    bool delivered = false;
};

struct MentorFigures {
    int meetingsHeld = 0;     // the meetings recorded (`meetings`)
    int meetingsPlanned = 0;  // work_plan.planned_meetings
    int visitsHeld = 0;       // the monitoring report's visits
    int visitsPlanned = 0;    // work_plan.planned_monitoring_visits
    std::vector<ReportDue> reports;  // diagnostic, monitoring, final report (mentor)
    int adviceGiven = 0;      // assessment.advice_given, else the monitoring visits' advice
    int adviceInVisits = 0;   // the advice the monitoring visits record
    bool adviceCountedByParties = false;  // whether assessment.advice_given gave the total

    int reportsDelivered() const;
    int reportsDue() const { return static_cast<int>(reports.size()); }
};

struct MenteeFigures {
    int activitiesDone = 0;
    int activitiesPlanned = 0;
    std::vector<ReportDue> reports;  // study visit, one per month of the pilot, final report (mentee)
    int targetsMet = 0;
    int targetsTotal = 0;
    int sops = 0;

    int reportsDelivered() const;
    int reportsDue() const { return static_cast<int>(reports.size()); }
};

struct AssessmentFigures {
    MentorFigures mentor;
    MenteeFigures mentee;
};

// Of the partnership as given: the context counts it as it stood on the
// assessment's date (as_of.h). Reports delivered are those `records` hold
// when given, else those whose section the data holds.
AssessmentFigures assessmentFigures(const model::Partnership& partnership, const DeliveryRecords* records = nullptr);

// The reports the figures count as delivered or not, of both parties, that
// the data holds.
std::vector<DocumentInstance> assessedReports(const model::Partnership& partnership);

// The `assessment` values (with the records `values` carry); the partnership
// must hold an assessment section.
Value assessment(const model::Partnership& partnership, const Values& values);

}  // namespace wop::context
