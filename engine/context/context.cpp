#include "context/context.h"

#include <stdexcept>

#include "context/as_of.h"
#include "context/facts.h"
#include "context/program.h"
#include "context/sections.h"
#include "context/values.h"

namespace wop::context {

namespace {

using model::Partnership;
using model::Step;

// What the `doc` values are made of, gathered per kind of document.
struct DocumentFacts {
    std::string reference;
    std::optional<model::Date> date;
    bool draft = true;
};

// The partnership's reference and the document's code, except on the
// mentee's own letter of request, which bears the mentee's file number.
std::string reference(const DocumentInstance& document) {
    if (document.type->id == "letter-of-request")
        return document.partnership->letterOfRequest->reference;
    std::string result = document.partnership->reference + "/" + std::string(document.type->code);
    if (document.month) result += "-" + document.month->iso();
    return result;
}

Value docValues(const DocumentInstance& document, const DocumentFacts& facts, const Values& values) {
    const auto& type = *document.type;
    return Object{
        {"id", std::string(type.id)},
        {"title", std::string(values.lang() == model::Lang::Ur ? type.titleUr : type.titleEn)},
        {"reference", Values::string(facts.reference)},
        {"date", values.date(facts.date)},
        {"date_iso", facts.date ? Value(facts.date->iso()) : Value(false)},
        {"draft", facts.draft},
        {"digits", values.locale().digitsName()},
    };
}

Value steps(const Partnership& partnership, const Values& values) {
    Value result;
    for (int i = 0; i < model::stepCount; ++i) {
        result.set(std::string(model::stepKey(static_cast<Step>(i))), values.date(partnership.steps[i]));
    }
    return result;
}

Value months(const std::optional<int>& count, const Values& values) {
    return count ? values.number(*count) : Value(false);
}

// The pilot as it ran so far, and as the work plan planned it.
Value pilot(const Partnership& partnership, const Values& values) {
    const auto& start = partnership.step(Step::PilotStart);
    const auto& end = partnership.step(Step::PilotEnd);
    const auto& planned = partnership.workPlan ? partnership.workPlan->pilot : std::nullopt;
    return Object{
        {"start", values.date(start)},
        {"end", values.date(end)},
        {"months", months(pilotMonths(partnership), values)},
        {"running", start && !end},
        {"planned_start", planned ? values.date(planned->from) : Value(false)},
        {"planned_end", planned ? values.date(planned->to) : Value(false)},
        {"planned_months", months(plannedPilotMonths(partnership), values)},
    };
}

const model::Organisation& party(const Partnership& partnership, model::Role role) {
    switch (role) {
        case model::Role::Mentor: return partnership.mentor;
        case model::Role::Mentee: return partnership.mentee;
        default: return partnership.facilitator;
    }
}

void addPartnership(Value& context, const DocumentInstance& document, const Values& values) {
    const Partnership& partnership = *document.partnership;
    context.set("partnership", Object{
                                   {"id", partnership.id},
                                   {"reference", partnership.reference},
                                   {"title", values.text(partnership.title)},
                                   {"subject", values.text(partnership.subject)},
                               });
    const auto signatories = documentSignatories(document);
    context.set("facilitator", values.organisation(partnership.facilitator, signatories));
    context.set("mentor", values.organisation(partnership.mentor, signatories));
    context.set("mentee", values.organisation(partnership.mentee, signatories));
    context.set("issuer", values.organisation(party(partnership, document.type->compiledBy), signatories));
    context.set("supporting_partners", values.organisations(partnership.supportingPartners));
    context.set("has_supporting_partners", !partnership.supportingPartners.empty());
    context.set("steps", steps(partnership, values));
    context.set("pilot", pilot(partnership, values));
    Object extra;
    for (const auto& [key, text] : partnership.extra) extra.emplace_back(key, values.text(text));
    context.set("extra", std::move(extra));
}

// One partnership's document, from the partnership as it stood on the
// document's date, then the document's section.
DocumentFacts addDocument(Value& context, const DocumentInstance& document, const Values& values) {
    addPartnership(context, document, values);
    const Section section = documentSection(document, values);
    for (const auto& [key, value] : section.values) context.set(key, value);
    return {reference(document), documentDate(document), section.info->status != model::Status::Final};
}

// The road map has no section of its own to be final: it is never a draft.
// PWON issues it, so it carries PWON's letterhead and reference.
DocumentFacts addProgram(Value& context, const DocumentInstance& document,
                         const std::vector<const Partnership*>& partnerships, const Values& values) {
    context.set("program", program(partnerships, values));
    std::string reference(document.type->code);
    if (!partnerships.empty()) {
        const auto& facilitator = partnerships.front()->facilitator;
        context.set("facilitator", values.organisation(facilitator));
        context.set("issuer", values.organisation(facilitator));
        reference = facilitator.shortName + "/" + reference;
    }
    return {reference, programDate(partnerships), false};
}

Value build(const DocumentInstance& document, const std::vector<const Partnership*>& program, const Locale& locale,
            const DeliveryRecords* records) {
    const Values values(locale, document.partnership, records);
    Value context;
    context.set("lang", model::langCode(locale.lang()));
    const DocumentFacts facts = document.type->programWide ? addProgram(context, document, program, values)
                                                           : addDocument(context, document, values);
    context.set("doc", docValues(document, facts, values));
    return context;
}

}  // namespace

Value buildContext(const DocumentInstance& document, const std::vector<const model::Partnership*>& program,
                   const Locale& locale, const DeliveryRecords* records) {
    if (!isAvailable(document)) {
        throw std::invalid_argument("the data holds no " + document.baseName() + " for " +
                                    document.partnership->id);
    }
    if (document.type->programWide) {
        const auto date = programDate(program);
        if (!date) return build(document, program, locale, records);
        std::vector<Partnership> known;
        known.reserve(program.size());
        for (const Partnership* partnership : program) known.push_back(asOf(*partnership, *date));
        std::vector<const Partnership*> knownProgram;
        for (const Partnership& partnership : known) knownProgram.push_back(&partnership);
        return build(document, knownProgram, locale, records);
    }
    const auto date = asOfDate(document);
    if (!date) return build(document, program, locale, records);
    const Partnership known = asOf(*document.partnership, *date, &document);
    return build({document.type, &known, document.month}, program, locale, records);
}

}  // namespace wop::context
