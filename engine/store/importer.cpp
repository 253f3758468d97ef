#include "store/importer.h"

#include <filesystem>

#include <Poco/Data/Statement.h>
#include <Poco/Exception.h>

#include "base/sha256.h"
#include "model/json_tree.h"
#include "model/loader.h"
#include "store/partnership_versions.h"
#include "store/partnerships.h"
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
    model::FileContent content = model::readPartnershipFile(path);
    if (content.error) {
        ImportResult result;
        result.diagnostics.push_back(std::move(*content.error));
        return result;
    }
    const model::ImageFolder images(std::filesystem::path(path).parent_path());
    return importText({std::move(content.text), path, images, "import", std::nullopt});
}

ImportResult Importer::importText(const Submission& submission) {
    ImportResult result;
    model::LoadResult loaded = model::loadPartnership(submission.json, submission.source, submission.images);
    result.diagnostics = std::move(loaded.diagnostics);
    result.englishOnly = std::move(loaded.englishOnly);
    if (!loaded.partnership) return result;
    if (strict_ && hasWarnings(result.diagnostics)) return result;

    StoredPartnership stored{loaded.partnership->id, submission.source, submission.json, "", utcTimestamp(), {}};
    stored.sha256 = base::sha256(stored.json);
    for (const model::Image* image : loaded.partnership->images()) stored.images[image->file] = image->content->bytes;
    result.partnershipId = stored.id;
    try {
        database_.transaction([&] {
            // What it reads decides what it writes: the write lock first (a
            // write to the schema_version row), so that it waits for another
            // writer, a batch, instead of failing (SQLite refuses at once to
            // turn a read lock into a write lock while another writes), and
            // two saves run one after the other (PostgreSQL too).
            database_.session() << "UPDATE schema_version SET version = version WHERE id = 1", Poco::Data::Keywords::now;
            Partnerships partnerships(database_);
            PartnershipVersions versions(database_);
            const auto previous = partnerships.find(stored.id);
            result.version = versions.latest(stored.id);
            if (submission.basedOn && *submission.basedOn != (previous ? result.version : 0)) {
                result.outcome = ImportOutcome::Superseded;
                return;
            }
            if (previous && previous->sha256 == stored.sha256 && previous->images == stored.images) {
                result.outcome = ImportOutcome::Unchanged;
                return;
            }
            // A stored file that is no JSON any more cannot be; the whole file then changed.
            result.changed = previous ? model::json::changedPaths(model::json::read(previous->json),
                                                                  model::json::read(stored.json))
                                      : std::vector<std::string>{};
            partnerships.put(stored);
            result.version += 1;
            versions.add({stored.id, result.version, stored.json, stored.importedAt, submission.savedBy, result.changed,
                          warningsOf(result.diagnostics)});
            result.outcome = previous ? ImportOutcome::Updated : ImportOutcome::Added;
        });
    } catch (const Poco::Exception& e) {
        throw StoreError(submission.source + ": cannot store it (" + database_.name() + "): " + e.displayText());
    }
    return result;
}

}  // namespace wop::store
