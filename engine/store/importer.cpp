#include "store/importer.h"

#include <Poco/Exception.h>

#include "model/loader.h"
#include "store/partnerships.h"
#include "base/sha256.h"
#include "store/store_error.h"
#include "store/timestamp.h"

namespace wop::store {

namespace {

bool hasWarnings(const std::vector<model::Diagnostic>& diagnostics) {
    for (const auto& d : diagnostics)
        if (d.severity == model::Diagnostic::Severity::Warning) return true;
    return false;
}

}  // namespace

ImportResult Importer::importFile(const std::string& path) {
    ImportResult result;
    model::FileContent content = model::readPartnershipFile(path);
    if (content.error) {
        result.diagnostics.push_back(std::move(*content.error));
        return result;
    }
    model::LoadResult loaded = model::loadPartnership(content.text, path);
    result.diagnostics = std::move(loaded.diagnostics);
    if (!loaded.partnership) return result;
    if (strict_ && hasWarnings(result.diagnostics)) return result;

    StoredPartnership stored{loaded.partnership->id, path, std::move(content.text), "", utcTimestamp(), {}};
    stored.sha256 = base::sha256(stored.json);
    for (const model::Image* image : loaded.partnership->images()) stored.images[image->file] = image->content->bytes;
    result.partnershipId = stored.id;
    try {
        database_.transaction([&] {
            Partnerships partnerships(database_);
            const auto previous = partnerships.find(stored.id);
            if (previous && previous->sha256 == stored.sha256 && previous->images == stored.images) {
                result.outcome = ImportOutcome::Unchanged;
                return;
            }
            partnerships.put(stored);
            result.outcome = previous ? ImportOutcome::Updated : ImportOutcome::Added;
        });
    } catch (const Poco::Exception& e) {
        throw StoreError(path + ": cannot store it (" + database_.name() + "): " + e.displayText());
    }
    return result;
}

}  // namespace wop::store
