#include "server/workspace_steps.h"

namespace wop::server {

std::vector<std::string> WorkspaceStep::paths() const {
    std::vector<std::string> paths;
    for (std::string_view date : dates) paths.push_back("steps." + std::string(date));
    for (std::string_view section : sections) paths.emplace_back(section);
    return paths;
}

const std::vector<WorkspaceStep>& workspaceSteps() {
    static const std::vector<WorkspaceStep> steps = {
        {"partnership", {"The partnership", "شراکت"}, {}, {"reference", "title", "subject", "large_team", "extra"}},
        {"parties", {"Parties and people", "فریقین اور افراد"}, {}, {"parties"}},
        {"request", {"Letter of request", "درخواست کا خط"}, {"request"}, {"letter_of_request"}},
        {"initial-meeting", {"Initial meeting", "ابتدائی اجلاس"}, {"initial_meeting"}, {"initial_meeting"}},
        {"confirmation", {"Confirmation", "تصدیقی خط"}, {"confirmation"}, {"confirmation"}},
        {"mentor-workshop", {"Mentor workshop", "مینٹر ورکشاپ"}, {"mentor_workshop"}, {"mentor_workshop"}},
        {"letter-of-intent", {"Letter of intent", "خطِ ارادہ"}, {"letter_of_intent"}, {"letter_of_intent"}},
        {"diagnostic-visit", {"Diagnostic visit", "تشخیصی دورہ"}, {"diagnostic_visit"}, {"diagnostic"}},
        {"work-plan", {"Work plan", "ورک پلان"}, {"work_plan"}, {"work_plan"}},
        {"memorandum", {"Memorandum of agreement", "مفاہمت کی یادداشت"}, {"memorandum_of_agreement"}, {"memorandum"}},
        {"study-visit", {"Study visit", "مطالعاتی دورہ"}, {"study_visit"}, {"study_visit"}},
        {"monthly-reports", {"Pilot and monthly reports", "پائلٹ اور ماہانہ رپورٹس"}, {"pilot_start", "pilot_end"},
         {"monthly_reports"}},
        {"monitoring", {"Monitoring visits", "نگرانی کے دورے"}, {}, {"monitoring"}},
        {"final-reports", {"Final reports", "حتمی رپورٹس"}, {"final_reports"},
         {"final_report_mentee", "final_report_mentor"}},
        {"evaluation", {"Evaluation", "جائزہ اجلاس"}, {"evaluation_meeting", "dissemination_workshop"}, {"evaluation"}},
        {"recommendation", {"Recommendation", "سفارشی خط"}, {"recommendation"}, {"recommendation"}},
        {"assessment", {"Assessment notes", "کارکردگی کے جائزے کے نوٹس"}, {}, {"assessment"}},
        {"meetings", {"Other meetings", "دیگر اجلاس"}, {}, {"meetings"}},
    };
    return steps;
}

const WorkspaceStep* findWorkspaceStep(std::string_view slug) {
    for (const WorkspaceStep& step : workspaceSteps())
        if (step.slug == slug) return &step;
    return nullptr;
}

const WorkspaceStep& workspaceStepOf(model::Step step) {
    const std::string_view key = model::stepKey(step);
    for (const WorkspaceStep& candidate : workspaceSteps())
        for (std::string_view date : candidate.dates)
            if (date == key) return candidate;
    return workspaceSteps().front();
}

// The fields of the form for a new partnership: what the loader requires,
// the subject, and each party's people, whom the guideline's rules count
// (the mentee's team) and the steps' forms choose from.
const std::vector<std::string>& newPartnershipPaths() {
    static const std::vector<std::string> paths = {
        "id", "reference", "title", "subject",
        "parties.facilitator.id", "parties.facilitator.name", "parties.facilitator.short_name",
        "parties.facilitator.people",
        "parties.mentor.id", "parties.mentor.name", "parties.mentor.short_name", "parties.mentor.people",
        "parties.mentee.id", "parties.mentee.name", "parties.mentee.short_name", "parties.mentee.people"};
    return paths;
}

}  // namespace wop::server
