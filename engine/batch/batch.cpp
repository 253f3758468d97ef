#include "batch/batch.h"

#include <chrono>
#include <optional>

#include "batch/document_inputs.h"
#include "batch/publisher.h"
#include "render/parallel.h"
#include "batch/registered_deliveries.h"
#include "batch/supersession_changes.h"
#include "store/data_dir_lock.h"
#include "base/sha256.h"
#include "store/store_error.h"
#include "store/verification_code.h"

namespace wop::batch {

namespace {

struct Rounds {
    std::vector<context::DocumentInstance> first;
    std::vector<context::DocumentInstance> second;  // those counting deliveries of the first
};

// Every document the stored data supports, and the road map; or only those
// of the partnership `only`.
Rounds documentsOf(const store::StoredProgram& program, const std::string& only) {
    Rounds rounds;
    auto add = [&](const context::DocumentInstance& document) {
        (context::deliveriesCounted(document).empty() ? rounds.first : rounds.second).push_back(document);
    };
    for (const model::Partnership& partnership : program.partnerships)
        if (only.empty() || partnership.id == only)
            for (const auto& document : context::availableDocuments(partnership)) add(document);
    if (only.empty() && !program.partnerships.empty()) add({context::findDocumentType("roadmap"), nullptr, std::nullopt});
    return rounds;
}

}  // namespace

Batch::Batch(store::Store& store, const BatchSettings& settings)
    : store_(store), settings_(settings), renderer_(settings.render), files_(store.dataDir()) {}

BatchReport Batch::run(render::Progress& progress) {
    const auto started = std::chrono::steady_clock::now();
    BatchReport report;
    report.threads = settings_.threads;
    store::DataDirLock lock(store_.dataDir());
    store::Registry registry = store_.registry();
    report.recovery = files_.recover(registry);

    store::Partnerships partnerships = store_.partnerships();
    const store::StoredProgram program = store::loadStoredProgram(partnerships);
    report.loadProblems = program.problems;
    report.emptyStore = program.partnerships.empty() && program.problems.empty();
    const auto& locale = settings_.render.locale;
    const TemplateHashes templateHashes = {{model::Lang::En, templateHash(renderer_, locale, model::Lang::En)},
                                           {model::Lang::Ur, templateHash(renderer_, locale, model::Lang::Ur)}};
    const std::string look = lookHash(renderer_.fonts());
    const auto everyPartnership = program.program();

    // The second round is planned once the first is registered: what it
    // counts as delivered is part of its data.
    const Rounds rounds = documentsOf(program, settings_.partnership);
    for (const auto* round : {&rounds.first, &rounds.second}) {
        if (databaseFailed_) {
            report.notAttempted += static_cast<int>(round->size());
            continue;
        }
        const store::VersionIndex index = registry.index();
        const Plan plan = planDocuments(*round, program, index, templateHashes, look);
        report.upToDate += plan.upToDate;
        progress.expect(plan.jobs.size());
        make(plan.jobs, everyPartnership, RegisteredDeliveries(index), progress, report);
    }
    progress.close();
    report.stoppedByDatabase = databaseFailed_;
    report.seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count();
    return report;
}

void Batch::make(const std::vector<DocumentJob>& jobs, const std::vector<const model::Partnership*>& program,
                 const context::DeliveryRecords& deliveries, render::Progress& progress, BatchReport& report) {
    std::vector<std::optional<std::string>> errors(jobs.size());
    std::vector<char> attempted(jobs.size(), false);
    std::vector<Verdict> verdicts(jobs.size());
    std::vector<std::string> contentHashes(jobs.size());
    auto finished = [&](std::size_t i, const std::string* error) {
        if (error) {
            errors[i] = *error;
            progress.failed(jobs[i].record.key.str(), *error);
        } else if (verdicts[i] == Verdict::NewVersion) {
            progress.made(jobs[i].record.path);
        } else {
            progress.upToDate(jobs[i].record.key.str());
        }
    };
    {
        Publisher publisher(store_, files_, jobs, databaseFailed_, finished);
        render::forEachInParallel(jobs.size(), settings_.threads, [&](std::size_t i) {
            if (databaseFailed_) return;
            attempted[i] = true;
            const DocumentJob& job = jobs[i];
            const model::Lang lang = job.record.key.lang;
            std::string error;
            try {
                // Rendered once: laid out only when it says something new.
                Rendered rendered;
                rendered.markup = renderer_.markup(job.document, program, lang, &deliveries);
                rendered.contentHash = contentHashes[i] = base::sha256(rendered.markup);
                rendered.verdict = verdicts[i] = judge(job, rendered.contentHash);
                if (rendered.verdict == Verdict::NewVersion) {
                    store::DocumentRecord made = job.record;
                    made.contentHash = rendered.contentHash;
                    rendered.pdf = renderer_.makePdf(rendered.markup, job.document, program, lang,
                                                     store::verificationCodeOf(made).value_or(""));
                }
                else if (rendered.verdict == Verdict::Current)
                    rendered.markup.clear();  // kept already
                publisher.publish(i, std::move(rendered));
                return;
            } catch (const std::exception& e) {
                error = e.what();
            } catch (...) {
                error = "unknown error";
            }
            finished(i, &error);
        });
    }
    store::DocumentContents contents = store_.contents();
    store::SignedCopies signedCopies = store_.signedCopies();
    for (std::size_t i = 0; i < jobs.size(); ++i) {
        const DocumentJob& job = jobs[i];
        if (!attempted[i]) {
            ++report.notAttempted;
            continue;
        }
        if (errors[i]) {
            report.failures.push_back({job.record.key.str(), *errors[i]});
            continue;
        }
        if (verdicts[i] != Verdict::NewVersion) {
            ++report.upToDate;
            continue;
        }
        ++report.made;
        if (!job.supersededFinal) continue;
        store::Supersession supersession = *job.supersededFinal;
        supersession.latestContent = contentHashes[i];
        if (!databaseFailed_) {
            supersession.changes = supersessionChanges(contents, supersession);
            supersession.signedCopy = supersededSignedCopy(signedCopies, supersession);
        }
        report.resign.push_back(supersession.message());
    }
}

}  // namespace wop::batch
