// A partnership's PDFs as the portal lists them, in pages and in the API:
// documents in the guideline's order, each language, newest version first,
// a version byte for byte the same as a newer one left out.
#pragma once

#include <map>
#include <string>
#include <utility>
#include <vector>

#include "model/text.h"
#include "store/document_record.h"

namespace wop::server {

struct ListedDocument {
    store::DocumentRecord record;
    std::string id;  // registry_id.h
    model::Text title;
    bool latest = false;  // the newest version of the document in its language
    std::string signedCopy;  // what came back signed of it: "signed by 2 of 3", "scanned copy"; empty when nothing
};

// `signedStates`: the states of the versions with signed copies (store/signed_copies.h).
std::vector<ListedDocument> listDocuments(const std::vector<store::DocumentRecord>& records,
                                          const std::map<std::pair<store::DocumentKey, int>, std::string>& signedStates);

}  // namespace wop::server
