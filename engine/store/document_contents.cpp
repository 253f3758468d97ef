#include "store/document_contents.h"

#include <vector>

using namespace Poco::Data::Keywords;

namespace wop::store {

void DocumentContents::keep(std::span<const DocumentContent> contents) {
    auto what = [&] {
        return contents.size() == 1 ? std::string("what a document says")
                                    : "what " + std::to_string(contents.size()) + " documents say";
    };
    database_.record(what, [&] {
        for (const DocumentContent& content : contents) {
            database_.session() << "INSERT INTO document_contents (content_hash, markup) VALUES ($1, $2) "
                                   "ON CONFLICT (content_hash) DO NOTHING",
                useRef(content.hash), useRef(content.markup), now;
        }
    });
}

std::optional<std::string> DocumentContents::markup(const std::string& hash) {
    std::vector<std::string> found;
    database_.session() << "SELECT markup FROM document_contents WHERE content_hash = $1", useRef(hash), into(found), now;
    if (found.empty()) return std::nullopt;
    return found.front();
}

}  // namespace wop::store
