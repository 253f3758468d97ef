// What a document is made from, as the registry records it: a batch renders
// a document only when one of these changed since its latest version was
// made or last found current.
#pragma once

#include <string>

#include "context/catalogue.h"
#include "layout/page_geometry.h"
#include "render/renderer.h"
#include "store/document_record.h"
#include "store/stored_program.h"
#include "store/version_index.h"

namespace wop::batch {

// The registry's key: the road map is filed under store::programKey.
store::DocumentKey documentKey(const context::DocumentInstance& document, model::Lang lang);

// How the language's documents look: the contents of the fonts they are
// set in, whichever folder each came from (the same file elsewhere sets the
// same documents), the engine's typesetting revision (layout/typesetting.h),
// and the paper and margins, when not the default A4's. An Urdu document
// counts every font, since it prints Latin acronyms and figures; an English
// one only the Latin faces and the symbols, so that a change of the Urdu
// fonts does not even plan it. (An Urdu name in an English document keeps
// the Nastaliq it was set in until its data, templates or Latin fonts
// change.) Of the fonts as loaded, so that a file changed since says so at
// the next batch.
std::string lookHash(const text::FontSet& fonts, const layout::PageGeometry& page, model::Lang lang);

// The language's templates, partials included, as the renderer loaded them,
// and for Urdu the digits it prints in: what the words of its documents are
// made from, besides the data.
std::string templateHash(const render::Renderer& renderer, const context::LocaleSettings& locale, model::Lang lang);

// The partnership's stored file and the images it names; for the road map,
// every partnership's; for a document that counts deliveries (the
// performance assessment), also which of those documents the registry holds.
std::string dataHash(const context::DocumentInstance& document, const store::StoredProgram& program,
                     const store::VersionIndex& registry);

}  // namespace wop::batch
