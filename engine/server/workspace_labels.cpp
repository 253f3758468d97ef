#include "server/workspace_labels.h"

#include <map>
#include <string_view>

namespace wop::server {

namespace {

using Table = std::map<std::string, std::string_view, std::less<>>;

const Table& urduLabels() {
    static const Table table = {
        {"achieved", "حاصل شدہ"},
        {"achievements", "کامیابیاں"},
        {"actions_on_advice", "مشوروں پر اقدامات"},
        {"activities", "سرگرمیاں"},
        {"address", "پتا"},
        {"addressee", "مخاطب"},
        {"advice", "مشورہ"},
        {"advice_given", "دیے گئے مشورے"},
        {"analysis", "تجزیہ"},
        {"assessment", "کارکردگی کا جائزہ"},
        {"attendees", "شرکائے اجلاس"},
        {"baseline", "ابتدائی سطح"},
        {"best_practices", "بہترین طریقے"},
        {"candidates", "امیدوار"},
        {"city", "شہر"},
        {"commitment", "عزم"},
        {"commitments", "وعدے"},
        {"conclusion", "نتیجہ"},
        {"confirmation", "تصدیقی خط"},
        {"copied_to", "نقل بنام"},
        {"costs", "اخراجات"},
        {"date", "تاریخ"},
        {"decision", "فیصلہ"},
        {"description", "تفصیل"},
        {"diagnostic", "تشخیصی رپورٹ"},
        {"diagnostic_visit", "تشخیصی دورہ"},
        {"dissemination_workshop", "تشہیری ورکشاپ"},
        {"done", "مکمل"},
        {"duties", "ذمہ داریاں"},
        {"email", "ای میل"},
        {"end", "اختتام"},
        {"evaluation", "جائزہ"},
        {"evaluation_meeting", "جائزہ اجلاس"},
        {"expected_results", "متوقع نتائج"},
        {"experiences", "تجربات"},
        {"extra", "اضافی خانے"},
        {"facilitator", "سہولت کار"},
        {"final_report_mentee", "زیرِ تربیت ادارے کی حتمی رپورٹ"},
        {"final_report_mentor", "رہنما ادارے کی حتمی رپورٹ"},
        {"final_reports", "حتمی رپورٹس"},
        {"findings", "نتائجِ تحقیق"},
        {"format", "فارمیٹ"},
        {"from", "از"},
        {"funding", "مالی وسائل"},
        {"guidelines", "رہنما اصول"},
        {"horizon", "مدت"},
        {"id", "شناخت"},
        {"implementation", "عمل درآمد"},
        {"indicator", "اشاریہ"},
        {"initial_meeting", "ابتدائی اجلاس"},
        {"intention", "ارادہ"},
        {"item", "نکتہ"},
        {"large_team", "بڑی ٹیم"},
        {"learning_targets", "سیکھنے کے اہداف"},
        {"learnings", "سیکھے گئے اسباق"},
        {"lessons", "اسباق"},
        {"letter_of_intent", "خطِ ارادہ"},
        {"letter_of_request", "درخواست کا خط"},
        {"logo", "لوگو"},
        {"meetings", "اجلاس"},
        {"memorandum", "مفاہمت کی یادداشت"},
        {"memorandum_of_agreement", "مفاہمت کی یادداشت"},
        {"mentee", "زیرِ تربیت ادارہ"},
        {"mentee_notes", "زیرِ تربیت ادارے کے نوٹس"},
        {"mentee_performance", "زیرِ تربیت ادارے کی کارکردگی"},
        {"mentee_presentation", "زیرِ تربیت ادارے کی پیشکش"},
        {"mentor", "رہنما ادارہ"},
        {"mentor_chosen", "منتخب رہنما ادارہ"},
        {"mentor_notes", "رہنما ادارے کے نوٹس"},
        {"mentor_presentation", "رہنما ادارے کی پیشکش"},
        {"mentor_workshop", "مینٹر ورکشاپ"},
        {"met", "پورا ہوا"},
        {"monitoring", "نگرانی کے دورے"},
        {"month", "مہینہ"},
        {"monthly_reports", "ماہانہ رپورٹس"},
        {"name", "نام"},
        {"observations", "مشاہدات"},
        {"obstacles", "رکاوٹیں"},
        {"organisation", "ادارہ"},
        {"owner", "ذمہ دار"},
        {"paid_by", "ادائیگی از"},
        {"participants", "شرکا"},
        {"parties", "فریقین"},
        {"people", "افراد"},
        {"performance", "کارکردگی"},
        {"phone", "فون"},
        {"pilot", "پائلٹ"},
        {"pilot_end", "پائلٹ کا اختتام"},
        {"pilot_start", "پائلٹ کا آغاز"},
        {"pilot_targets", "پائلٹ کے اہداف"},
        {"place", "مقام"},
        {"places", "مقامات"},
        {"planned_meetings", "طے شدہ اجلاس"},
        {"planned_monitoring_visits", "طے شدہ نگرانی کے دورے"},
        {"pre_study_data", "ابتدائی مطالعے کا مواد"},
        {"problems", "مسائل"},
        {"process", "طریقۂ کار"},
        {"profile", "تعارف"},
        {"progress", "پیش رفت"},
        {"purpose", "مقصد"},
        {"readiness", "آمادگی"},
        {"recommendation", "سفارشی خط"},
        {"recommendations", "سفارشات"},
        {"reference", "حوالہ نمبر"},
        {"reply_by", "جواب کی آخری تاریخ"},
        {"request", "درخواست"},
        {"requests", "درخواستیں"},
        {"results", "نتائج"},
        {"salutation", "القاب"},
        {"seal", "مہر"},
        {"short_name", "مختصر نام"},
        {"signatories", "دستخط کنندگان"},
        {"signatory", "دستخط کنندہ"},
        {"sops", "معیاری طریقۂ کار"},
        {"start", "آغاز"},
        {"status", "حیثیت"},
        {"steps", "مراحل کی تاریخیں"},
        {"strategies", "حکمتِ عملیاں"},
        {"study_visit", "مطالعاتی دورہ"},
        {"subject", "موضوع"},
        {"summary", "خلاصہ"},
        {"supporting_partners", "معاون شراکت دار"},
        {"survey", "سروے"},
        {"target", "ہدف"},
        {"targets", "اہداف"},
        {"text", "متن"},
        {"title", "عنوان"},
        {"to", "تا"},
        {"training", "تربیت"},
        {"uniqueness", "انفرادیت"},
        {"value", "قدر"},
        {"venue", "مقامِ اجلاس"},
        {"visit", "دورہ"},
        {"visits", "دورے"},
        {"water_supply_system", "فراہمیِ آب کا نظام"},
        {"witnesses", "گواہان"},
        {"work_plan", "ورک پلان"},
    };
    return table;
}

// Keyed by the schema's English, which a test keeps them equal to.
const Table& urduHints() {
    static const Table table = {
        {"English as a plain string, or per language", "انگریزی سادہ متن کے طور پر، یا ہر زبان میں الگ"},
        {"YYYY-MM", "سال-مہینہ (YYYY-MM)"},
        {"YYYY-MM-DD, a real calendar day", "سال-مہینہ-دن (YYYY-MM-DD)، کیلنڈر کا کوئی اصل دن"},
        {"a PNG or JPEG file, relative to the partnership file's folder", "پی این جی یا جے پیگ فائل، شراکت کی فائل کے فولڈر کے لحاظ سے"},
        {"a draft is watermarked; default draft", "مسودے پر واٹر مارک ہوتا ہے؛ طے شدہ حیثیت مسودہ ہے"},
        {"a monthly report (3.2.2)", "ماہانہ رپورٹ (3.2.2)"},
        {"a name on one line, in English as a plain string or per language", "ایک سطر میں نام، انگریزی سادہ متن کے طور پر یا ہر زبان میں الگ"},
        {"fields of your own for templates to print, {{extra.<key>}}: each Text, under a snake_case key", "آپ کے اپنے خانے جو سانچے {{extra.<key>}} سے چھاپتے ہیں: ہر ایک متن، snake_case کلید کے تحت"},
        {"how a letter greets the person", "خط میں اس فرد کو کیسے مخاطب کیا جائے"},
        {"job title printed under a signature", "دستخط کے نیچے چھپنے والا عہدہ"},
        {"name@domain", "name@domain"},
        {"names the output folder", "نتائج کے فولڈر کا نام"},
        {"printed beside its signatories' signatures", "اس کے دستخط کنندگان کے دستخطوں کے ساتھ چھپتی ہے"},
        {"printed in every footer: PWON/WOP/2025/03", "ہر صفحے کے نیچے چھپتا ہے: PWON/WOP/2025/03"},
        {"printed on its letterheads", "اس کے لیٹر ہیڈ پر چھپتا ہے"},
        {"the date of each step reached", "ہر طے شدہ مرحلے کی تاریخ"},
        {"the date printed on the document; when absent, the date of its step", "دستاویز پر چھپنے والی تاریخ؛ نہ ہو تو اس کے مرحلے کی تاریخ"},
        {"the diagnostic report (3.1.5)", "تشخیصی رپورٹ (3.1.5)"},
        {"the evaluation meeting (3.3.1)", "جائزہ اجلاس (3.3.1)"},
        {"the id of a person of any party", "کسی بھی فریق کے کسی فرد کی شناخت"},
        {"the learning subject", "سیکھنے کا موضوع"},
        {"the letter of confirmation (3.1.2)", "تصدیقی خط (3.1.2)"},
        {"the letter of intent (3.1.4)", "خطِ ارادہ (3.1.4)"},
        {"the letter of request (3.1.1 A.7)", "درخواست کا خط (3.1.1 A.7)"},
        {"the memorandum of agreement (3.1.7)", "مفاہمت کی یادداشت (3.1.7)"},
        {"the mentee has a large team (up to 15)", "زیرِ تربیت ادارے کی ٹیم بڑی ہے (15 افراد تک)"},
        {"the mentee's final report (3.3.1)", "زیرِ تربیت ادارے کی حتمی رپورٹ (3.3.1)"},
        {"the mentee's own file number", "زیرِ تربیت ادارے کا اپنا فائل نمبر"},
        {"the mentor workshop (3.1.3)", "مینٹر ورکشاپ (3.1.3)"},
        {"the mentor's final report (3.3.1)", "رہنما ادارے کی حتمی رپورٹ (3.3.1)"},
        {"the minutes of the initial meeting (3.1.2)", "ابتدائی اجلاس کی روداد (3.1.2)"},
        {"the monitoring report (3.2.3)", "نگرانی کی رپورٹ (3.2.3)"},
        {"the performance assessment (5)", "کارکردگی کا جائزہ (5)"},
        {"the pilot as planned, 6 to 8 months", "منصوبے کے مطابق پائلٹ، 6 سے 8 مہینے"},
        {"the recommendation letter (3.3.3)", "سفارشی خط (3.3.3)"},
        {"the study visit (3.2.1)", "مطالعاتی دورہ (3.2.1)"},
        {"the work plan (3.1.6)", "ورک پلان (3.1.6)"},
        {"unique in the file; sections refer to people by it", "فائل میں منفرد؛ حصے اسی سے افراد کا حوالہ دیتے ہیں"},
        {"with honorific: Engr. Rabia Saleem", "القاب کے ساتھ: انجینئر رابعہ سلیم"},
    };
    return table;
}

const Table& urduChoices() {
    static const Table table = {
        {"draft", "مسودہ"},
        {"final", "حتمی"},
        {"mentor", "رہنما ادارہ"},
        {"mentee", "زیرِ تربیت ادارہ"},
        {"facilitator", "سہولت کار"},
        {"supporting-partner", "معاون شراکت دار"},
        {"chairman", "چیئرمین"},
        {"national-coordinator", "قومی رابطہ کار"},
        {"director", "ڈائریکٹر"},
        {"managing-director", "منیجنگ ڈائریکٹر"},
        {"team-leader", "ٹیم لیڈر"},
        {"team-member", "ٹیم کا رکن"},
        {"focal-person", "فوکل پرسن"},
        {"other", "دیگر"},
        {"joint", "مشترکہ"},
    };
    return table;
}

// The table's Urdu for `key`, or `english`.
std::string inUrdu(const Table& table, const std::string& key, std::string english, model::Lang lang) {
    if (lang != model::Lang::Ur) return english;
    const auto found = table.find(key);
    return found == table.end() ? english : std::string(found->second);
}

}  // namespace

std::string fieldLabel(const std::string& key, model::Lang lang) {
    std::string label = key;
    for (char& c : label)
        if (c == '_') c = ' ';
    if (!label.empty() && label[0] >= 'a' && label[0] <= 'z') label[0] = static_cast<char>(label[0] - 'a' + 'A');
    return inUrdu(urduLabels(), key, label, lang);
}

std::string fieldHint(const std::string& description, model::Lang lang) {
    return inUrdu(urduHints(), description, description, lang);
}

std::string choiceName(const std::string& choice, model::Lang lang) {
    return inUrdu(urduChoices(), choice, choice, lang);
}

bool hasUrduLabel(const std::string& key) { return urduLabels().contains(key); }
bool hasUrduHint(const std::string& description) { return urduHints().contains(description); }
bool hasUrduChoice(const std::string& choice) { return urduChoices().contains(choice); }

}  // namespace wop::server
