// The WOP performance assessment (guideline 5.2/5.3): what the data records
// against what was planned or due, per party, plus the notes of 5.4.
#pragma once

#include <vector>

#include "context/catalogue.h"
#include "context/delivery_records.h"
#include "context/values.h"
#include "model/partnership.h"

namespace wop::context {

struct MentorFigures {
    int meetingsHeld = 0;     // the initial and the evaluation meeting
    int meetingsPlanned = 0;  // work_plan.planned_meetings
    int visitsHeld = 0;       // the diagnostic visit and the monitoring visits
    int visitsPlanned = 0;    // the diagnostic visit and work_plan.planned_monitoring_visits
    int reportsDelivered = 0;
    int reportsDue = 0;       // diagnostic, monitoring, final report (mentor)
    int adviceGiven = 0;      // advice items of the monitoring visits, plus assessment.advice_given
};

struct MenteeFigures {
    int activitiesDone = 0;
    int activitiesPlanned = 0;
    int reportsDelivered = 0;
    int reportsDue = 0;  // study visit, one per month of the pilot, final report (mentee)
    int targetsMet = 0;
    int targetsTotal = 0;
    int sops = 0;
};

struct AssessmentFigures {
    MentorFigures mentor;
    MenteeFigures mentee;
};

// Reports delivered are those `records` hold when given, else those whose
// section the data holds.
AssessmentFigures assessmentFigures(const model::Partnership& partnership, const DeliveryRecords* records = nullptr);

// The reports the figures count as delivered or not: the mentor's, then the mentee's.
std::vector<DocumentInstance> assessedReports(const model::Partnership& partnership);

// The `assessment` values (with the records `values` carry); the partnership
// must hold an assessment section.
Value assessment(const model::Partnership& partnership, const Values& values);

}  // namespace wop::context
