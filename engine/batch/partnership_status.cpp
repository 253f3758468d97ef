#include "batch/partnership_status.h"

#include <algorithm>
#include <set>

#include "batch/supersession_changes.h"
#include "context/catalogue.h"
#include "context/facts.h"
#include "model/rules.h"

namespace wop::batch {

namespace {

using model::Date;
using model::YearMonth;

constexpr std::string_view monthlyReportId = "monthly-report";

YearMonth monthOf(const Date& date) {
    return {date.year, date.month};
}

YearMonth nextMonth(const YearMonth& month) {
    return month.month == 12 ? YearMonth{month.year + 1, 1} : YearMonth{month.year, month.month + 1};
}

Date lastDay(const YearMonth& month) {
    const YearMonth next = nextMonth(month);
    const long days = Date{next.year, next.month, 1}.daysSinceEpoch() - Date{month.year, month.month, 1}.daysSinceEpoch();
    return {month.year, month.month, static_cast<int>(days)};
}

// The months whose report the status speaks of: each month of the pilot that
// has ended, each month the data reports on, each month registered. A pilot
// without its end date runs at most as long as the guideline allows.
std::set<YearMonth> reportMonths(const model::Partnership& partnership, const store::VersionIndex& registry,
                                 const Date& today) {
    std::set<YearMonth> months;
    if (const auto& start = partnership.step(model::Step::PilotStart)) {
        const auto& end = partnership.step(model::Step::PilotEnd);
        YearMonth longest = monthOf(*start);
        for (int month = 1; month < model::longestPilotMonths; ++month) longest = nextMonth(longest);
        const YearMonth last = std::min(end ? monthOf(*end) : longest, monthOf(today));
        for (YearMonth month = monthOf(*start); month <= last; month = nextMonth(month))
            if (lastDay(month) < today) months.insert(month);
    }
    for (const auto& report : partnership.monthlyReports) months.insert(report.month);
    const std::string prefix = std::string(monthlyReportId) + "-";
    for (const auto& [key, versions] : registry.all()) {
        if (key.partnership != partnership.id || !key.document.starts_with(prefix)) continue;
        if (auto month = YearMonth::parse(key.document.substr(prefix.size()))) months.insert(*month);
    }
    return months;
}

// Whether, and why, a document not made yet is due.
std::optional<DocumentStatus> dueStatus(const context::DocumentInstance& document, const Date& today) {
    const std::string name = document.baseName();
    DueReason reason;
    reason.dataGiven = context::isAvailable(document);
    if (document.month) {
        reason.kind = DueReason::Kind::MonthEnded;
        reason.date = lastDay(*document.month);
        reason.daysAgo = today.daysSinceEpoch() - reason.date.daysSinceEpoch();
        if (reason.daysAgo <= 0) return std::nullopt;
        const DocumentState state = reason.daysAgo > monthlyReportGraceDays ? DocumentState::Overdue : DocumentState::Due;
        return DocumentStatus{name, state, {}, reason};
    }
    const auto& stepDate = document.partnership->step(*document.type->step);
    if (!stepDate || *stepDate > today) return std::nullopt;
    reason.step = *document.type->step;
    reason.date = *stepDate;
    return DocumentStatus{name, DocumentState::Due, {}, reason};
}

std::optional<DocumentStatus> statusOf(const context::DocumentInstance& document, const store::VersionIndex& registry,
                                       const Date& today) {
    auto latest = latestVersions(registry, document.partnership->id, document.baseName());
    if (!latest.empty()) return DocumentStatus{document.baseName(), DocumentState::Done, std::move(latest), std::nullopt};
    return dueStatus(document, today);
}

}  // namespace

std::string DueReason::str() const {
    const std::string missing = dataGiven ? "no PDF yet (run wopdocs batch)" : "no data yet";
    if (kind == Kind::MonthEnded)
        return "the month ended " + date.iso() + ", " + std::to_string(daysAgo) + " days ago: " + missing;
    return std::string(model::stepKey(step)) + " on " + date.iso() + ": " + missing;
}

int PartnershipStatus::count(DocumentState state) const {
    return static_cast<int>(std::count_if(documents.begin(), documents.end(),
                                          [&](const DocumentStatus& document) { return document.state == state; }));
}

PartnershipStatus partnershipStatus(const model::Partnership& partnership, const store::VersionIndex& registry,
                                    store::DocumentContents& contents, store::SignedCopies& copies,
                                    const Date& today) {
    PartnershipStatus status;
    status.id = partnership.id;
    status.step = context::latestStep(partnership);
    if (status.step) status.stepDate = partnership.step(*status.step);
    status.next = nextStep(partnership);
    for (const context::DocumentType& type : context::documentTypes()) {
        if (type.programWide) continue;
        std::vector<context::DocumentInstance> documents;
        if (type.id == monthlyReportId) {
            for (const YearMonth& month : reportMonths(partnership, registry, today))
                documents.push_back({&type, &partnership, month});
        } else {
            documents.push_back({&type, &partnership, std::nullopt});
        }
        for (const auto& document : documents)
            if (auto documentStatus = statusOf(document, registry, today)) status.documents.push_back(*documentStatus);
    }
    status.superseded = supersededFinals(registry, contents, copies, partnership.id);
    return status;
}

std::vector<store::DocumentRecord> latestVersions(const store::VersionIndex& registry, const std::string& partnership,
                                                  const std::string& document) {
    std::vector<store::DocumentRecord> latest;
    for (model::Lang lang : {model::Lang::En, model::Lang::Ur})
        if (const auto* record = registry.latest({partnership, document, lang})) latest.push_back(*record);
    return latest;
}

std::vector<store::Supersession> supersededFinals(const store::VersionIndex& registry, store::DocumentContents& contents,
                                                  store::SignedCopies& copies, const std::string& partnership) {
    std::vector<store::Supersession> superseded;
    for (const auto& [key, versions] : registry.all()) {
        if (key.partnership != partnership) continue;
        if (auto supersession = registry.supersededFinal(key)) {
            supersession->changes = supersessionChanges(contents, *supersession);
            supersession->signedCopy = supersededSignedCopy(copies, *supersession);
            superseded.push_back(std::move(*supersession));
        }
    }
    return superseded;
}

}  // namespace wop::batch
