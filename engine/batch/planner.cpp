#include "batch/planner.h"

#include "batch/document_inputs.h"
#include "store/document_files.h"

namespace wop::batch {

Plan planDocuments(const std::vector<context::DocumentInstance>& documents, const store::StoredProgram& program,
                   const store::VersionIndex& registry, const LanguageHashes& languages) {
    Plan plan;
    for (const context::DocumentInstance& document : documents) {
        const std::string data = dataHash(document, program, registry);
        for (const auto& [lang, language] : languages) {
            const store::DocumentKey key = documentKey(document, lang);
            const store::InputHashes inputs{language.templateHash, data, language.lookHash};
            const auto current = registry.currentInputs(key);
            if (current == inputs) {
                ++plan.upToDate;
                continue;
            }
            DocumentJob job{document, {}, std::nullopt, current.value_or(store::InputHashes{}), std::nullopt};
            const store::DocumentRecord* latest = registry.latest(key);
            if (latest) job.latest = *latest;
            job.record.key = key;
            job.record.version = latest ? latest->version + 1 : 1;
            job.record.status = context::documentStatus(document);
            job.record.templateHash = inputs.templateHash;
            job.record.dataHash = inputs.dataHash;
            job.record.lookHash = inputs.lookHash;
            job.record.path = store::DocumentFiles::relativePath(key, job.record.version);
            if (const model::Partnership* partnership = program.find(key.partnership)) {
                job.record.mentor = partnership->mentor.id;
                job.record.mentee = partnership->mentee.id;
            }
            if (const store::DocumentRecord* final = registry.latestFinalBefore(key, job.record.version))
                job.supersededFinal = store::Supersession{key, final->version, job.record.version, final->contentHash, "", "", ""};
            plan.jobs.push_back(std::move(job));
        }
    }
    return plan;
}

Verdict judge(const DocumentJob& job, const std::string& contentHash) {
    if (!job.latest) return Verdict::NewVersion;
    if (job.latest->contentHash.empty())
        return job.latest->dataHash == job.record.dataHash ? Verdict::AdoptContent : Verdict::NewVersion;
    if (job.latest->contentHash != contentHash) return Verdict::NewVersion;
    const bool lookChanged = job.latestInputs.lookHash != job.record.lookHash;
    return lookChanged && job.latest->status == model::Status::Draft ? Verdict::NewVersion : Verdict::Current;
}

Verdict judgeMade(const DocumentJob& job, const std::string& contentHash, const std::string& pdfSha256) {
    const bool sameDraft = job.latest && job.latest->status == model::Status::Draft &&
                           job.record.status == model::Status::Draft && job.latest->pdfSha256 == pdfSha256;
    if (!sameDraft) return Verdict::NewVersion;
    return job.latest->contentHash == contentHash ? Verdict::Current : Verdict::AdoptContent;
}

}  // namespace wop::batch
