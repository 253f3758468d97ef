#include "batch/batch.h"

#include <chrono>
#include <optional>

#include "batch/document_inputs.h"
#include "batch/publisher.h"
#include "render/parallel.h"
#include "batch/registered_deliveries.h"
#include "batch/supersession_changes.h"
#include "store/batch_claims.h"
#include "base/sha256.h"
#include "store/store_error.h"
#include "store/verification_code.h"

namespace wop::batch {

namespace {

struct Rounds {
    std::vector<context::DocumentInstance> first;
    std::vector<context::DocumentInstance> second;  // those counting deliveries of the first
};

// The documents of one unit of work: a partnership's, or the road map.
Rounds documentsOf(const store::StoredProgram& program, const std::string& unit) {
    Rounds rounds;
    auto add = [&](const context::DocumentInstance& document) {
        (context::deliveriesCounted(document).empty() ? rounds.first : rounds.second).push_back(document);
    };
    if (unit == store::programKey) add({context::findDocumentType("roadmap"), nullptr, std::nullopt});
    else if (const model::Partnership* partnership = program.find(unit))
        for (const auto& document : context::availableDocuments(*partnership)) add(document);
    return rounds;
}

// Each partnership (or only `only`), then the road map of them all.
std::vector<std::string> unitsOf(const store::StoredProgram& program, const std::string& only) {
    std::vector<std::string> units;
    for (const model::Partnership& partnership : program.partnerships)
        if (only.empty() || partnership.id == only) units.push_back(partnership.id);
    if (only.empty() && !program.partnerships.empty()) units.emplace_back(store::programKey);
    return units;
}

}  // namespace

Batch::Batch(store::Store& store, const BatchSettings& settings)
    : store_(store), settings_(settings), renderer_(settings.render), files_(store.dataDir()) {}

BatchReport Batch::run(render::Progress& progress) {
    const auto started = std::chrono::steady_clock::now();
    BatchReport report;
    report.threads = settings_.threads;
    store::BatchClaims claims(store_);

    store::Partnerships partnerships = store_.partnerships();
    const store::StoredProgram program = store::loadStoredProgram(partnerships);
    report.loadProblems = program.problems;
    report.emptyStore = program.partnerships.empty() && program.problems.empty();
    const auto& locale = settings_.render.locale;
    RunInputs inputs{program, {}, program.program()};
    for (model::Lang lang : {model::Lang::En, model::Lang::Ur})
        inputs.languages[lang] = {templateHash(renderer_, locale, lang),
                                  lookHash(renderer_.fonts(), renderer_.page(), lang)};

    // A unit another batch holds is left for the end, then waited for: by
    // then it is made, and found up to date here; or its batch died, and
    // it is made here.
    std::vector<std::string> heldElsewhere;
    auto attempt = [&](const std::string& unit, bool wait) {
        std::optional<store::BatchClaims::Claim> claim;
        if (!databaseFailed_) {
            try {
                claim = wait ? std::optional(claims.claim(unit)) : claims.tryClaim(unit);
                if (!claim) heldElsewhere.push_back(unit);
            } catch (const store::StoreError& e) {
                report.failures.push_back({unit, e.what()});
                databaseFailed_ = true;
            }
        }
        if (claim) {
            makeUnit(unit, inputs, progress, report);
        } else if (databaseFailed_) {
            const Rounds rounds = documentsOf(program, unit);
            report.notAttempted += static_cast<int>(rounds.first.size() + rounds.second.size());
        }
    };
    for (const std::string& unit : unitsOf(program, settings_.partnership)) attempt(unit, false);
    for (const std::string& unit : std::vector(std::move(heldElsewhere))) attempt(unit, true);
    progress.close();
    report.stoppedByDatabase = databaseFailed_;
    report.seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count();
    return report;
}

void Batch::makeUnit(const std::string& unit, const RunInputs& inputs, render::Progress& progress, BatchReport& report) {
    store::Registry registry = store_.registry();
    report.recovery += files_.recover(registry, unit);
    // The second round is planned once the first is registered: what it
    // counts as delivered is part of its data.
    const Rounds rounds = documentsOf(inputs.program, unit);
    for (const auto* round : {&rounds.first, &rounds.second}) {
        if (databaseFailed_) {
            report.notAttempted += static_cast<int>(round->size());
            continue;
        }
        const store::VersionIndex index = registry.indexOf(unit);
        const Plan plan = planDocuments(*round, inputs.program, index, inputs.languages);
        report.upToDate += plan.upToDate;
        progress.expect(plan.jobs.size());
        make(plan.jobs, inputs.everyPartnership, RegisteredDeliveries(index), progress, report);
    }
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
                tmpl::Rendered markup = renderer_.markup(job.document, program, lang, &deliveries);
                Rendered rendered;
                rendered.contentHash = contentHashes[i] = base::sha256(markup.text);
                rendered.verdict = verdicts[i] = judge(job, rendered.contentHash);
                if (rendered.verdict == Verdict::NewVersion) {
                    store::DocumentRecord made = job.record;
                    made.contentHash = rendered.contentHash;
                    rendered.pdf = renderer_.makePdf(markup, job.document, program, lang,
                                                     store::verificationCodeOf(made).value_or(""));
                    rendered.verdict = verdicts[i] = judgeMade(job, rendered.contentHash, base::sha256(rendered.pdf));
                    if (rendered.verdict != Verdict::NewVersion) rendered.pdf.clear();
                }
                if (rendered.verdict != Verdict::Current) rendered.markup = std::move(markup.text);  // else kept already
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
