// A partnership's PDFs as the portal lists them, in pages and in the API:
// documents in the guideline's order, each language, newest version first.
#pragma once

#include <string>
#include <vector>

#include "model/text.h"
#include "store/document_record.h"

namespace wop::server {

struct ListedDocument {
    store::DocumentRecord record;
    std::string id;  // registry_id.h
    model::Text title;
    bool latest = false;  // the newest version of the document in its language
};

std::vector<ListedDocument> listDocuments(const std::vector<store::DocumentRecord>& records);

}  // namespace wop::server
