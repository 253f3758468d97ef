#include "batch/document_inputs.h"

#include <set>

#include "batch/registered_deliveries.h"
#include "context/delivery_records.h"
#include "store/sha256.h"

namespace wop::batch {

store::DocumentKey documentKey(const context::DocumentInstance& document, model::Lang lang) {
    return {document.partnership ? document.partnership->id : std::string(store::programKey), document.baseName(), lang};
}

std::string fontsHash(const text::FontSet& fonts) {
    std::set<std::string> contents;
    for (const text::Font* font : fonts.all()) contents.insert(store::sha256(font->bytes()));
    std::string all;
    for (const std::string& font : contents) all += font + "\n";
    return store::sha256(all);
}

std::string templateHash(const render::Renderer& renderer, const context::LocaleSettings& locale,
                         const std::string& fontsHash, model::Lang lang) {
    std::string look = store::sha256OfFiles(renderer.templates(lang).files()) + " fonts=" + fontsHash;
    if (lang == model::Lang::Ur && locale.urduDigits == context::Digits::Urdu) look += " digits=arabext";
    return store::sha256(look);
}

std::string dataHash(const context::DocumentInstance& document, const StoredProgram& program,
                     const store::VersionIndex& registry) {
    if (!document.partnership) {
        std::string all;
        for (const auto& [id, sha] : program.jsonSha256) all += id + " " + sha + "\n";
        return store::sha256(all);
    }
    const std::string& own = program.jsonSha256.at(document.partnership->id);
    const auto counted = context::deliveriesCounted(document);
    if (counted.empty()) return own;
    const RegisteredDeliveries deliveries(registry);
    std::string facts = own + "\n";
    for (const auto& other : counted) facts += other.baseName() + (deliveries.delivered(other) ? " delivered\n" : " due\n");
    return store::sha256(facts);
}

model::Status documentStatus(const context::DocumentInstance& document) {
    if (document.type->programWide) return model::Status::Final;
    const model::DocumentInfo* info = context::documentInfo(document);
    return info ? info->status : model::Status::Draft;
}

}  // namespace wop::batch
