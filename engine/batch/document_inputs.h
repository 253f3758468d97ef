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

// The contents of every font the documents are set in, whichever folder it
// came from (the same file elsewhere sets the same documents), and the
// engine's typesetting revision (layout/typesetting.h): how the documents of
// both languages look. Every font counts, since either language may show
// the other's script (a Latin acronym in Urdu, an Urdu name in English). Of
// the fonts as loaded, so that a file changed since says so at the next batch.
// And the paper and margins, when not the default A4's.
std::string lookHash(const text::FontSet& fonts, const layout::PageGeometry& page);

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
