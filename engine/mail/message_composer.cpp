#include "mail/message_composer.h"

#include "context/document_title.h"
#include "mail/recipients.h"

namespace wop::mail {

namespace {

using model::Lang;

std::string versionLine(const store::DocumentRecord* record, Lang lang) {
    const bool urdu = lang == Lang::Ur;
    if (!record) return urdu ? "دستیاب نہیں" : "not made";
    const bool final = record->status == model::Status::Final;
    return (urdu ? "ورژن " : "version ") + std::to_string(record->version) + (urdu ? "، " : ", ") +
           (final ? (urdu ? "حتمی" : "final") : (urdu ? "مسودہ" : "draft"));
}

// "WASA Lahore (mentor) and WASA Faisalabad (mentee), facilitated by PWON"
std::string parties(const model::Partnership& p, Lang lang) {
    auto name = [&](const model::Organisation& o) { return lang == Lang::En && !o.shortName.empty() ? o.shortName : o.name.in(lang); };
    if (lang == Lang::Ur)
        return name(p.mentor) + " (رہنما ادارہ) اور " + name(p.mentee) + " (زیرِ تربیت ادارہ) کے درمیان، " +
               name(p.facilitator) + " کی سہولت کاری سے";
    return name(p.mentor) + " (mentor) and " + name(p.mentee) + " (mentee), facilitated by " + name(p.facilitator);
}

std::string englishBody(const DocumentVersions& v, const model::Text& title, const model::Partnership* p) {
    std::string text = "Dear colleagues,\n\nAttached is the " + title.en;
    if (p) {
        text += " of the Water Operators' Partnership";
        if (!p->title.empty()) text += " \"" + p->title.en + "\"";
        text += " (" + p->reference + ") between " + parties(*p, Lang::En);
    } else {
        text += ", covering every partnership of the program";
    }
    text += ".\n\n  English: " + versionLine(v.en, Lang::En) + "\n  Urdu:    " + versionLine(v.ur, Lang::En) +
            "\n\nA draft is sent for comment; a final document is ready for signature and filing.\n";
    return text;
}

std::string urduBody(const DocumentVersions& v, const model::Text& title, const model::Partnership* p) {
    std::string text = "محترم رفقائے کار،\n\n";
    if (p) {
        text += "واٹر آپریٹرز پارٹنرشپ";
        if (!p->title.empty()) text += " «" + p->title.in(Lang::Ur) + "»";
        text += " (" + p->reference + ")، " + parties(*p, Lang::Ur) + "، کی دستاویز «" + title.in(Lang::Ur) +
                "» منسلک ہے۔";
    } else {
        text += "پروگرام کی تمام شراکتوں پر مشتمل «" + title.in(Lang::Ur) + "» منسلک ہے۔";
    }
    text += "\n\n  انگریزی: " + versionLine(v.en, Lang::Ur) + "\n  اردو: " + versionLine(v.ur, Lang::Ur) +
            "\n\nمسودہ رائے کے لیے بھیجا جاتا ہے؛ حتمی دستاویز دستخط اور ریکارڈ کے لیے تیار ہے۔\n";
    return text;
}

}  // namespace

OutboxMessage composeMessage(const DocumentVersions& versions, const model::Partnership* partnership,
                             const std::vector<const model::Partnership*>& program, const std::string& queuedAt) {
    const model::Text title = context::documentTitle(versions.document);
    OutboxMessage message;
    message.partnership = versions.partnership;
    message.document = versions.document;
    message.enVersion = versions.en ? versions.en->version : 0;
    message.urVersion = versions.ur ? versions.ur->version : 0;
    message.recipients = partnership ? recipientsOf(*partnership, versions.document) : roadmapRecipients(program);

    const store::DocumentRecord* latest = versions.en ? versions.en : versions.ur;
    const bool final = latest && latest->status == model::Status::Final;
    message.subject = (partnership ? partnership->reference : std::string("PWON")) + " — " + title.en + " / " +
                      title.in(Lang::Ur) + (final ? " (final / حتمی)" : " (draft / مسودہ)");
    message.body = englishBody(versions, title, partnership) + "\n\n" + urduBody(versions, title, partnership) +
                   "\n-- \nwopdocs\n";
    message.state = message.recipients.empty() ? OutboxState::NoRecipients : OutboxState::Waiting;
    message.nextAttempt = queuedAt;
    message.queuedAt = queuedAt;
    return message;
}

}  // namespace wop::mail
