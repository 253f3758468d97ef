#include "context/as_of.h"

#include <algorithm>
#include <vector>

namespace wop::context {

namespace {

using model::Date;
using model::Partnership;
using model::Step;

Date lastDayOf(const model::YearMonth& month) {
    const model::YearMonth next = month.month == 12 ? model::YearMonth{month.year + 1, 1}
                                                    : model::YearMonth{month.year, month.month + 1};
    const long firstOfNext = Date{next.year, next.month, 1}.daysSinceEpoch();
    for (int day = 31; day >= 28; --day) {
        const Date candidate{month.year, month.month, day};
        if (candidate.daysSinceEpoch() < firstOfNext) return candidate;
    }
    return Date{month.year, month.month, 28};
}

Date reportDate(const model::MonthlyReport& report) {
    return report.info.date ? *report.info.date : lastDayOf(report.month);
}

bool isOwn(const DocumentInstance* own, const DocumentType& type) {
    return own && own->type->id == type.id;
}

// Sections dated after `date`, or not dated, are not known yet. Their
// dates are read from `original`: the copy's steps are cut later.
void removeLaterSections(Partnership& known, const Partnership& original, const Date& date,
                         const DocumentInstance* own) {
    for (const DocumentType& type : documentTypes()) {
        if (type.programWide || type.id == "monthly-report" || isOwn(own, type)) continue;
        const DocumentInstance section{&type, &original, std::nullopt};
        if (!documentInfo(section)) continue;
        const auto dated = documentDate(section);
        if (!dated || *dated > date) removeSection(known, type);
    }
}

void removeLaterReports(Partnership& known, const Date& date, const DocumentInstance* own) {
    std::erase_if(known.monthlyReports, [&](const model::MonthlyReport& report) {
        const bool isOwnReport = own && own->month == report.month;
        return !isOwnReport && reportDate(report) > date;
    });
}

void cutToDate(Partnership& known, const Date& date) {
    for (auto& step : known.steps)
        if (step && *step > date) step.reset();
    std::erase_if(known.meetings, [&](const model::Meeting& meeting) { return meeting.date > date; });
    if (known.monitoring)
        std::erase_if(known.monitoring->visits, [&](const model::MonitoringVisit& visit) { return visit.date > date; });
    if (known.workPlan) {
        for (auto& activity : known.workPlan->activities) activity.done = activity.done && activity.end <= date;
        // Achievements are measured at the pilot's end.
        if (!known.step(Step::PilotEnd)) {
            for (auto& target : known.workPlan->pilotTargets) {
                target.achieved.reset();
                target.met = false;
            }
        }
    }
}

}  // namespace

std::optional<model::Date> asOfDate(const DocumentInstance& document) {
    if (auto dated = documentDate(document)) return dated;
    if (document.month) return lastDayOf(*document.month);
    return std::nullopt;
}

Partnership asOf(const Partnership& partnership, const Date& date, const DocumentInstance* own) {
    Partnership known = partnership;
    removeLaterSections(known, partnership, date, own);
    removeLaterReports(known, date, own);
    cutToDate(known, date);
    return known;
}

}  // namespace wop::context
