// A partnership's PDFs as the portal lists them, in pages and in the API:
// documents in the guideline's order, each language, newest version first,
// a version byte for byte the same as a newer one left out.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "model/text.h"
#include "store/document_record.h"
#include "store/signed_copies.h"

namespace wop::server {

struct ListedDocument {
    store::DocumentRecord record;
    std::string id;  // registry_id.h
    model::Text title;
    bool latest = false;  // the newest version of the document in its language
    std::optional<store::SignedCopy> signedCopy;  // the best that came back signed of it, if any
};

// `signedCopies`: the best copy of each version that has them (store/signed_copies.h).
std::vector<ListedDocument> listDocuments(const std::vector<store::DocumentRecord>& records,
                                          const store::CopiesByVersion& signedCopies);

}  // namespace wop::server
