// Stage `batch`: `wopdocs batch`, every document of every partnership in the
// store, in both languages, plus the road map, made and registered when new
// or when what it says changed (planner.h). Documents are rendered in
// parallel by one Renderer, which is safe to share, and what they are found
// to say is put in the store by a Publisher (publisher.h) meanwhile. A document that fails does not stop the others. A batch killed
// at any moment leaves nothing the next one does not repair
// (store::DocumentFiles). Several batches on one PostgreSQL store share the
// work, a partnership each at a time (store::BatchClaims).
#pragma once

#include <atomic>
#include <filesystem>
#include <optional>
#include <string>

#include "batch/batch_report.h"
#include "batch/planner.h"
#include "context/delivery_records.h"
#include "render/progress.h"
#include "render/renderer.h"
#include "store/document_files.h"
#include "store/store.h"
#include "store/stored_program.h"

namespace wop::batch {

struct BatchSettings {
    render::RenderSettings render;
    int threads = 1;
    // Only this partnership's documents, without the road map (the portal's
    // regeneration of one partnership); empty: every document.
    std::string partnership;
};

class Batch {
public:
    // Loads the templates and fonts; throws as render::Renderer does.
    Batch(store::Store& store, const BatchSettings& settings);

    // Throws store::StoreError when the store cannot be used at all (another
    // batch holds an SQLite store's data folder, the database is gone); a
    // document that fails is reported, not thrown. Once the database fails
    // to record a document or a claim, the batch stops: the report says so.
    BatchReport run(render::Progress& progress);

private:
    // What every document of the run is planned and made from.
    struct RunInputs {
        const store::StoredProgram& program;
        LanguageHashes languages;
        std::vector<const model::Partnership*> everyPartnership;
    };

    // A claimed unit (store::BatchClaims): its folder recovered, its documents made.
    void makeUnit(const std::string& unit, const RunInputs& inputs, render::Progress& progress, BatchReport& report);
    // A round of jobs, in parallel; tallies them into `report`.
    void make(const std::vector<DocumentJob>& jobs, const std::vector<const model::Partnership*>& program,
              const context::DeliveryRecords& deliveries, render::Progress& progress, BatchReport& report);

    store::Store& store_;
    BatchSettings settings_;
    render::Renderer renderer_;
    store::DocumentFiles files_;
    // Set once the registry refused a document: later documents are not
    // made (they could not be registered either, and a locked database
    // makes each wait its timeout).
    std::atomic<bool> databaseFailed_{false};
};

}  // namespace wop::batch
