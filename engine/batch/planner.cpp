#include "batch/planner.h"

#include "batch/document_inputs.h"
#include "store/document_files.h"

namespace wop::batch {

Plan planDocuments(const std::vector<context::DocumentInstance>& documents, const StoredProgram& program,
                   const store::VersionIndex& registry, const TemplateHashes& templateHashes) {
    Plan plan;
    for (const context::DocumentInstance& document : documents) {
        const std::string data = dataHash(document, program, registry);
        for (const auto& [lang, templates] : templateHashes) {
            const store::DocumentKey key = documentKey(document, lang);
            const store::DocumentRecord* latest = registry.latest(key);
            if (latest && latest->templateHash == templates && latest->dataHash == data) {
                ++plan.upToDate;
                continue;
            }
            DocumentJob job{document, {}, std::nullopt};
            job.record.key = key;
            job.record.version = latest ? latest->version + 1 : 1;
            job.record.status = documentStatus(document);
            job.record.templateHash = templates;
            job.record.dataHash = data;
            job.record.path = store::DocumentFiles::relativePath(key, job.record.version);
            job.supersededFinal = registry.latestFinalBefore(key, job.record.version);
            plan.jobs.push_back(std::move(job));
        }
    }
    return plan;
}

}  // namespace wop::batch
