#include "context/catalogue.h"

#include <algorithm>
#include <iterator>
#include <stdexcept>
#include <string>

namespace wop::context {

namespace {

using model::DocumentInfo;
using model::Partnership;
using model::Role;
using model::Step;

struct Entry {
    DocumentType type;
    // The section's status and date, null when the data holds no such section.
    const DocumentInfo* (*info)(const Partnership&);
    // Takes the section out; null for the monthly reports and the road map,
    // which are not one section.
    void (*remove)(Partnership&);
};

// The accessors of a document's own section, a member of the partnership.
template <auto member>
struct SectionOf {
    static const DocumentInfo* info(const Partnership& p) { return p.*member ? &(p.*member)->info : nullptr; }
    static void remove(Partnership& p) { (p.*member).reset(); }
};

template <auto member>
constexpr Entry entry(DocumentType type) {
    return {type, &SectionOf<member>::info, &SectionOf<member>::remove};
}

// In the guideline's step order.
const Entry entries[] = {
    entry<&Partnership::letterOfRequest>({"letter-of-request", "LOR", "3.1.1", "Letter of Request", "خط برائے درخواست",
      "the mentee asks PWON's Chairman to join the program", false, Step::Request, Role::Mentee}),
    entry<&Partnership::initialMeeting>({"initial-meeting-minutes", "MIN", "3.1.2", "Minutes of the Initial Meeting", "ابتدائی اجلاس کی روداد",
      "presentations of both utilities and the partnering decision", false, Step::InitialMeeting, Role::Facilitator}),
    entry<&Partnership::confirmation>({"mentor-confirmation-letter", "CNF", "3.1.2", "Confirmation Letter", "تصدیقی خط",
      "PWON asks the mentor candidate for its green light", false, Step::Confirmation, Role::Facilitator}),
    entry<&Partnership::mentorWorkshop>({"mentor-workshop-report", "MWS", "3.1.3", "Mentor Preparation Workshop Report",
      "رہنما اداروں کی تیاری ورکشاپ کی رپورٹ", "experiences, strategies and the mentoring guidelines agreed",
      false, Step::MentorWorkshop, Role::Facilitator}),
    entry<&Partnership::letterOfIntent>({"letter-of-intent", "LOI", "3.1.4", "Letter of Intent", "خطِ ارادہ",
      "the parties' commitments, signed at the mentee's site", false, Step::LetterOfIntent, Role::Facilitator}),
    entry<&Partnership::diagnostic>({"diagnostic-report", "DIA", "3.1.5", "Diagnostic Report", "تشخیصی رپورٹ",
      "the mentor's survey, problems, analysis and recommended strategies", false, Step::DiagnosticVisit, Role::Mentor}),
    entry<&Partnership::workPlan>({"work-plan", "WPL", "3.1.6", "Work Plan", "لائحۂ عمل",
      "activities, schedule, pilot project and learning targets", false, Step::WorkPlan, Role::Facilitator}),
    entry<&Partnership::memorandum>({"memorandum-of-agreement", "MOA", "3.1.7", "Memorandum of Agreement", "یادداشتِ معاہدہ",
      "agreement on the work plan and on who pays what", false, Step::MemorandumOfAgreement, Role::Facilitator}),
    entry<&Partnership::studyVisit>({"study-visit-report", "SVR", "3.2.1", "Study Visit Report", "مطالعاتی دورے کی رپورٹ",
      "what the mentee learned against the five purposes of the visit", false, Step::StudyVisit, Role::Mentee}),
    {{"monthly-report", "MRP", "3.2.2", "Monthly Report", "ماہانہ رپورٹ",
      "the mentee's progress in one month of the pilot", false, std::nullopt, Role::Mentee},
     // the first month's stands for all here; availableDocuments and documentInfo take each month's
     [](const Partnership& p) { return p.monthlyReports.empty() ? nullptr : &p.monthlyReports.front().info; },
     nullptr},
    entry<&Partnership::monitoring>({"monitoring-report", "MON", "3.2.3", "Monitoring Visit Report", "نگرانی کے دوروں کی رپورٹ",
      "the mentor's observations, advice and on-the-job training", false, Step::PilotEnd, Role::Mentor}),
    entry<&Partnership::finalReportMentee>({"final-report-mentee", "FRE", "3.3.1", "Final Report of the Mentee", "زیرِ تربیت ادارے کی حتمی رپورٹ",
      "summary of the monthly reports and of the pilot", false, Step::FinalReports, Role::Mentee}),
    entry<&Partnership::finalReportMentor>({"final-report-mentor", "FRO", "3.3.1", "Final Report of the Mentor", "رہنما ادارے کی حتمی رپورٹ",
      "conclusion of the pilot and of the mentee's performance", false, Step::FinalReports, Role::Mentor}),
    entry<&Partnership::evaluation>({"evaluation-minutes", "EVL", "3.3.1", "Minutes of the Evaluation and Recommendation Meeting",
      "جائزہ و سفارشات اجلاس کی روداد", "process, implementation, achievements and recommendations", false,
      Step::EvaluationMeeting, Role::Facilitator}),
    {{"roadmap", "MAP", "3.3.2", "Road Map of the National WOPs Program", "قومی WOPs پروگرام کا روڈ میپ",
      "all partnerships: results, lessons and next steps", true, std::nullopt, Role::Facilitator},
     [](const Partnership&) -> const DocumentInfo* { return nullptr; }, nullptr},
    entry<&Partnership::recommendation>({"recommendation-letter", "REC", "3.3.3", "Letter of Recommendation", "سفارشی خط",
      "PWON's official letter that finishes the partnership", false, Step::Recommendation, Role::Facilitator}),
    entry<&Partnership::assessment>({"performance-assessment", "PAS", "5", "WOP Performance Assessment", "WOP کی کارکردگی کا جائزہ",
      "the parties' commitment, reports and results, computed and noted", false, Step::EvaluationMeeting, Role::Facilitator}),
};

std::vector<model::YearMonth> monthsRecorded(const Partnership& partnership) {
    std::vector<model::YearMonth> months;
    for (const auto& report : partnership.monthlyReports) months.push_back(report.month);
    std::sort(months.begin(), months.end());
    months.erase(std::unique(months.begin(), months.end()), months.end());
    return months;
}

}  // namespace

const std::vector<DocumentType>& documentTypes() {
    static const std::vector<DocumentType> types = [] {
        std::vector<DocumentType> all;
        for (const auto& entry : entries) all.push_back(entry.type);
        return all;
    }();
    return types;
}

const DocumentType* findDocumentType(std::string_view id) {
    const auto& types = documentTypes();
    auto found = std::find_if(types.begin(), types.end(), [id](const DocumentType& type) { return type.id == id; });
    return found == types.end() ? nullptr : &*found;
}

std::string DocumentInstance::baseName() const {
    std::string name(type->id);
    if (month) name += "-" + month->iso();
    return name;
}

std::vector<DocumentInstance> availableDocuments(const Partnership& partnership) {
    std::vector<DocumentInstance> documents;
    const auto& types = documentTypes();
    for (std::size_t i = 0; i < types.size(); ++i) {
        if (!entries[i].info(partnership)) continue;
        if (types[i].id != "monthly-report") {
            documents.push_back({&types[i], &partnership, std::nullopt});
            continue;
        }
        for (const auto& month : monthsRecorded(partnership)) documents.push_back({&types[i], &partnership, month});
    }
    return documents;
}

const DocumentInfo* documentInfo(const DocumentInstance& document) {
    if (document.type->programWide) return nullptr;
    if (document.month) {
        const auto& reports = document.partnership->monthlyReports;
        auto found = std::find_if(reports.begin(), reports.end(),
                                  [&](const model::MonthlyReport& report) { return report.month == document.month; });
        return found == reports.end() ? nullptr : &found->info;
    }
    auto entry = std::find_if(std::begin(entries), std::end(entries),
                              [&](const Entry& candidate) { return candidate.type.id == document.type->id; });
    return entry == std::end(entries) ? nullptr : entry->info(*document.partnership);
}

model::Status documentStatus(const DocumentInstance& document) {
    if (document.type->programWide) return model::Status::Final;
    const DocumentInfo* info = documentInfo(document);
    return info ? info->status : model::Status::Draft;
}

std::optional<model::Date> documentDate(const DocumentInstance& document) {
    const DocumentInfo* info = documentInfo(document);
    if (info && info->date) return info->date;
    if (document.type->step) return document.partnership->step(*document.type->step);
    return std::nullopt;
}

void removeSection(Partnership& partnership, const DocumentType& type) {
    auto entry = std::find_if(std::begin(entries), std::end(entries),
                              [&](const Entry& candidate) { return candidate.type.id == type.id; });
    if (entry == std::end(entries) || !entry->remove)
        throw std::invalid_argument("no one section holds the " + std::string(type.id));
    entry->remove(partnership);
}

bool isAvailable(const DocumentInstance& document) {
    if (document.type->programWide) return true;
    const auto available = availableDocuments(*document.partnership);
    return std::any_of(available.begin(), available.end(), [&](const DocumentInstance& candidate) {
        return candidate.type == document.type && candidate.month == document.month;
    });
}

}  // namespace wop::context
