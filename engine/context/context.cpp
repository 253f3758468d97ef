#include "context/context.h"

#include <stdexcept>

#include "context/facts.h"
#include "context/program.h"
#include "context/sections.h"
#include "context/values.h"

namespace wop::context {

namespace {

using model::Partnership;

// What the `doc` values are made of, gathered per kind of document.
struct DocumentFacts {
    std::string reference;
    std::optional<model::Date> date;
    bool draft = true;
};

std::string reference(const DocumentInstance& document) {
    std::string result = document.partnership->reference + "/" + std::string(document.type->code);
    if (document.month) result += "-" + document.month->iso();
    return result;
}

// The section's own date, else the date of the document's step.
std::optional<model::Date> documentDate(const DocumentInstance& document, const model::DocumentInfo& info) {
    if (info.date) return info.date;
    if (document.type->step) return document.partnership->step(*document.type->step);
    return std::nullopt;
}

Value docValues(const DocumentInstance& document, const DocumentFacts& facts, const Values& values) {
    const auto& type = *document.type;
    return Object{
        {"id", std::string(type.id)},
        {"title", std::string(values.lang() == model::Lang::Ur ? type.titleUr : type.titleEn)},
        {"reference", facts.reference},
        {"date", values.date(facts.date)},
        {"date_iso", facts.date ? Value(facts.date->iso()) : Value(false)},
        {"draft", facts.draft},
        {"digits", values.locale().digitsName()},
    };
}

Value steps(const Partnership& partnership, const Values& values) {
    Value result;
    for (int i = 0; i < model::stepCount; ++i) {
        result.set(std::string(model::stepKey(static_cast<model::Step>(i))), values.date(partnership.steps[i]));
    }
    return result;
}

Value pilot(const Partnership& partnership, const Values& values) {
    const auto months = pilotMonths(partnership);
    return Object{{"months", months ? values.number(*months) : Value(false)}};
}

void addPartnership(Value& context, const Partnership& partnership, const Values& values) {
    context.set("partnership", Object{
                                   {"id", partnership.id},
                                   {"reference", partnership.reference},
                                   {"title", values.text(partnership.title)},
                                   {"subject", values.text(partnership.subject)},
                               });
    context.set("facilitator", values.organisation(partnership.facilitator));
    context.set("mentor", values.organisation(partnership.mentor));
    context.set("mentee", values.organisation(partnership.mentee));
    context.set("supporting_partners", values.organisations(partnership.supportingPartners));
    context.set("has_supporting_partners", !partnership.supportingPartners.empty());
    context.set("steps", steps(partnership, values));
    context.set("pilot", pilot(partnership, values));
}

// One partnership's document: the partnership, then the document's section.
DocumentFacts addDocument(Value& context, const DocumentInstance& document, const Values& values) {
    addPartnership(context, *document.partnership, values);
    const Section section = documentSection(document, values);
    for (const auto& [key, value] : section.values) context.set(key, value);
    return {reference(document), documentDate(document, *section.info), section.info->status != model::Status::Final};
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
        reference = facilitator.shortName + "/" + reference;
    }
    return {reference, programDate(partnerships), false};
}

}  // namespace

Value buildContext(const DocumentInstance& document,
                                     const std::vector<const model::Partnership*>& program,
                                     const Locale& locale, const DeliveryRecords* records) {
    if (!isAvailable(document)) {
        throw std::invalid_argument("the data holds no " + document.baseName() + " for " +
                                    document.partnership->id);
    }
    const Values values(locale, document.partnership, records);
    Value context;
    context.set("lang", model::langCode(locale.lang()));
    const DocumentFacts facts = document.type->programWide ? addProgram(context, document, program, values)
                                                           : addDocument(context, document, values);
    context.set("doc", docValues(document, facts, values));
    return context;
}

}  // namespace wop::context
