#include "batch/document_inputs.h"

#include <set>

#include "batch/registered_deliveries.h"
#include "context/delivery_records.h"
#include "layout/typesetting.h"
#include "base/sha256.h"

namespace wop::batch {

store::DocumentKey documentKey(const context::DocumentInstance& document, model::Lang lang) {
    return {document.partnership ? document.partnership->id : std::string(store::programKey), document.baseName(), lang};
}

std::string lookHash(const text::FontSet& fonts, const layout::PageGeometry& page, model::Lang lang) {
    using text::FontRole;
    static constexpr FontRole latin[] = {FontRole::Regular, FontRole::Bold, FontRole::Italic, FontRole::BoldItalic,
                                         FontRole::Symbols};
    std::set<std::string> contents;
    if (lang == model::Lang::Ur) {
        for (const text::Font* font : fonts.all()) contents.insert(base::sha256(font->bytes()));
    } else {
        for (FontRole role : latin) contents.insert(base::sha256(fonts.font(role).bytes()));
    }
    std::string look = "typesetting " + std::to_string(layout::typesettingRevision) + "\n";
    for (const std::string& font : contents) look += font + "\n";
    // The default paper adds nothing: the looks recorded before it could be set stay current.
    if (const std::string paper = page.look(); !paper.empty()) look += paper + "\n";
    return base::sha256(look);
}

std::string templateHash(const render::Renderer& renderer, const context::LocaleSettings& locale, model::Lang lang) {
    std::string words = base::sha256OfFiles(renderer.templates(lang).files());
    if (lang == model::Lang::Ur && locale.urduDigits == context::Digits::Urdu) words += " digits=arabext";
    return base::sha256(words);
}

std::string dataHash(const context::DocumentInstance& document, const store::StoredProgram& program,
                     const store::VersionIndex& registry) {
    if (!document.partnership) {
        std::string all;
        for (const auto& [id, sha] : program.dataSha256) all += id + " " + sha + "\n";
        return base::sha256(all);
    }
    const std::string& own = program.dataSha256.at(document.partnership->id);
    const auto counted = context::deliveriesCounted(document);
    if (counted.empty()) return own;
    const RegisteredDeliveries deliveries(registry);
    std::string facts = own + "\n";
    for (const auto& other : counted) facts += other.baseName() + (deliveries.delivered(other) ? " delivered\n" : " due\n");
    return base::sha256(facts);
}

}  // namespace wop::batch
