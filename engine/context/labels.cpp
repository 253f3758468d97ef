#include "context/labels.h"

namespace wop::context {

namespace {

// "Other" prints nothing: it says only that the guideline names no duty.
const Labels english{
    .duties = {"Chairman", "National Coordinator", "Director", "Managing Director", "Team Leader",
               "Team Member", "Focal Person", ""},
    .roles = {"Mentor", "Mentee", "Facilitator", "Supporting partner"},
    .owners = {"Mentor", "Mentee", "Facilitator", "Joint"},
    .steps = {"Letter of request", "Initial meeting", "Mentor confirmation", "Mentor workshop",
              "Letter of intent", "Diagnostic visit", "Work plan", "Memorandum of agreement",
              "Study visit", "Pilot project started", "Pilot project ended", "Final reports",
              "Evaluation meeting", "Dissemination workshop", "Letter of recommendation"},
    // The guideline's own wording (3.2.1).
    .studyVisitPurposes = {
        "Have sufficient information to start pilot project",
        "Broaden knowledge from other well-developed water company / utility",
        "Learn the business process and work spirit, and find out some equalities and differences "
        "between mentee and mentor",
        "Do direct observation to understand and practise the way of work for the best practices in "
        "mentor company",
        "Have a feeling that they are welcomed, well noticed"},
    .listSeparator = ", ",
    .lastListSeparator = " and ",
    .resultArrow = " → ",
};

const Labels urdu{
    .duties = {"چیئرمین", "قومی رابطہ کار", "ڈائریکٹر", "منیجنگ ڈائریکٹر", "سربراہِ ٹیم", "رکنِ ٹیم",
               "فوکل پرسن", ""},
    .roles = {"رہنما ادارہ", "زیرِ تربیت ادارہ", "سہولت کار", "معاون شراکت دار"},
    .owners = {"رہنما ادارہ", "زیرِ تربیت ادارہ", "سہولت کار", "مشترکہ"},
    .steps = {"خط برائے درخواست", "ابتدائی اجلاس", "رہنما ادارے کی تصدیق", "رہنما اداروں کی ورکشاپ",
              "خطِ ارادہ", "تشخیصی دورہ", "لائحۂ عمل", "یادداشتِ معاہدہ", "مطالعاتی دورہ",
              "پائلٹ منصوبے کا آغاز", "پائلٹ منصوبے کی تکمیل", "حتمی رپورٹیں", "جائزہ اجلاس",
              "نتائج کی تشہیر کی ورکشاپ", "سفارشی خط"},
    .studyVisitPurposes = {
        "پائلٹ منصوبہ شروع کرنے کے لیے خاطر خواہ معلومات حاصل کرنا",
        "کسی دوسرے ترقی یافتہ آبی ادارے سے اپنے علم میں وسعت پیدا کرنا",
        "کاروباری طریقۂ کار اور کام کی لگن سیکھنا، اور زیرِ تربیت اور رہنما ادارے کے درمیان مماثلتیں اور "
        "فرق معلوم کرنا",
        "رہنما ادارے کے بہترین طریقۂ کار کو سمجھنے اور اپنانے کے لیے براہِ راست مشاہدہ کرنا",
        "یہ احساس پانا کہ ان کا خیرمقدم کیا گیا اور انہیں اہمیت دی گئی"},
    .listSeparator = "، ",
    .lastListSeparator = " اور ",
    // Urdu reads right to left, so the arrow from baseline to result points left.
    .resultArrow = " ← ",
};

}  // namespace

const Labels& labels(model::Lang lang) {
    return lang == model::Lang::Ur ? urdu : english;
}

}  // namespace wop::context
