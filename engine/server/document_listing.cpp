#include "server/document_listing.h"

#include <algorithm>
#include <set>
#include <tuple>

#include "context/catalogue.h"
#include "context/document_title.h"
#include "server/registry_id.h"

namespace wop::server {

namespace {

// The document type's place in the guideline; unknown names last.
std::size_t guidelineOrder(const std::string& baseName) {
    const context::DocumentType* type = context::documentTypeOf(baseName);
    const auto& types = context::documentTypes();
    for (std::size_t i = 0; i < types.size(); ++i)
        if (&types[i] == type) return i;
    return types.size();
}

}  // namespace

std::vector<ListedDocument> listDocuments(const std::vector<store::DocumentRecord>& records,
                                          const store::CopiesByVersion& signedCopies) {
    std::vector<ListedDocument> listed;
    for (const store::DocumentRecord& record : records) {
        const auto copy = signedCopies.find({record.key, record.version});
        listed.push_back({record, registryId(record), context::documentTitle(record.key.document), false,
                          copy == signedCopies.end() ? std::nullopt : std::optional(copy->second)});
    }
    auto order = [](const ListedDocument& d) {
        return std::tuple(guidelineOrder(d.record.key.document), d.record.key.document, d.record.key.lang,
                          -d.record.version);
    };
    std::sort(listed.begin(), listed.end(), [&](const auto& a, const auto& b) { return order(a) < order(b); });
    // A version with the same bytes as a newer one of its document is that
    // one again (docs/delivery.md, Versions): only the newest is listed. A
    // batch registers no such version any more, but the stores earlier ones
    // filled still hold them.
    std::set<std::tuple<std::string, model::Lang, std::string>> seen;
    std::erase_if(listed, [&](const ListedDocument& d) {
        return !seen.insert({d.record.key.document, d.record.key.lang, d.record.pdfSha256}).second;
    });
    for (std::size_t i = 0; i < listed.size(); ++i)
        listed[i].latest = i == 0 || listed[i - 1].record.key.document != listed[i].record.key.document ||
                           listed[i - 1].record.key.lang != listed[i].record.key.lang;
    return listed;
}

}  // namespace wop::server
