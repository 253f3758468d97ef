#include "portal_store.h"

#include <fstream>
#include <stdexcept>

#include <Poco/Data/Statement.h>

#include "server/users.h"
#include "store/document_files.h"
#include "store/importer.h"
#include "base/sha256.h"

using namespace Poco::Data::Keywords;

namespace wop::fuzz {

namespace {

namespace fs = std::filesystem;

// The PDFs are never parsed by the portal, only sent: a few bytes will do,
// naming the document so that whoever downloads it can tell whose it is.
std::string pdfBytes(const store::DocumentKey& key) {
    return "%PDF-1.7\n% " + key.partnership + "." + key.document + "\n%%EOF\n";
}

void importSamples(store::Store& store, const fs::path& samples) {
    store::Importer importer(store.database(), false);
    for (const auto& entry : fs::directory_iterator(samples)) {
        if (entry.path().extension() != ".json") continue;
        if (importer.importFile(entry.path().string()).outcome == store::ImportOutcome::Invalid)
            throw std::runtime_error("sample " + entry.path().string() + " does not import");
    }
}

void registerDocument(store::Store& store, const store::DocumentKey& key, int version) {
    store::DocumentRecord record;
    record.key = key;
    record.version = version;
    record.status = version > 1 ? model::Status::Final : model::Status::Draft;
    const std::string pdf = pdfBytes(key);
    record.pdfSha256 = base::sha256(pdf);
    record.templateHash = base::sha256("templates");
    record.dataHash = base::sha256(key.partnership);
    record.path = store::DocumentFiles::relativePath(key, version);
    record.createdAt = "2025-03-14T09:30:00Z";
    const fs::path file = store.dataDir() / record.path;
    fs::create_directories(file.parent_path());
    std::ofstream(file, std::ios::binary) << pdf;
    store.registry().add(record);
}

void addAccounts(store::Store& store) {
    server::Users users(store.database());
    users.add({"lahore", server::Account::Role::Utility, "wasa-lahore"}, "correct horse battery staple");
    users.add({"multan", server::Account::Role::Utility, "wasa-multan"}, "correct horse battery staple");
    users.add({"pwon", server::Account::Role::Facilitator, ""}, "correct horse battery staple");
}

}  // namespace

const std::vector<std::string>& documentOwners() {
    static const std::vector<std::string> owners = {"lahore-faisalabad-nrw", "peshawar-mardan-metering",
                                                    "rawalpindi-multan-billing", std::string(store::programKey)};
    return owners;
}

const std::vector<FixedSession>& fixedSessions() {
    static const std::vector<FixedSession> sessions = {
        {"lahore", std::string(63, '0') + "1", std::string(63, 'c') + "1", {"lahore-faisalabad-nrw"}},
        {"multan", std::string(63, '0') + "2", std::string(63, 'c') + "2", {"rawalpindi-multan-billing"}},
        {"pwon", std::string(63, '0') + "3", std::string(63, 'c') + "3", documentOwners()},
    };
    return sessions;
}

void makePortalStore(const store::StoreLocation& location, const fs::path& samples) {
    store::Store store(location);
    importSamples(store, samples);
    for (model::Lang lang : {model::Lang::En, model::Lang::Ur})
        registerDocument(store, {"lahore-faisalabad-nrw", "letter-of-intent", lang}, 1);
    registerDocument(store, {"lahore-faisalabad-nrw", "letter-of-intent", model::Lang::En}, 2);
    registerDocument(store, {"rawalpindi-multan-billing", "work-plan", model::Lang::Ur}, 1);
    registerDocument(store, {std::string(store::programKey), "roadmap", model::Lang::En}, 1);
    addAccounts(store);
    restoreFixedSessions(store.database());
}

void restoreFixedSessions(store::Database& database) {
    static const std::vector<std::string> idsSha256 = [] {
        std::vector<std::string> ids;
        for (const FixedSession& session : fixedSessions()) ids.push_back(base::sha256(session.cookie));
        return ids;
    }();
    int present = 0;
    database.session() << "SELECT COUNT(*) FROM sessions WHERE id_sha256 IN ($1, $2, $3)", useRef(idsSha256[0]),
        useRef(idsSha256[1]), useRef(idsSha256[2]), into(present), now;
    if (present == static_cast<int>(idsSha256.size())) return;  // the usual case: no write per input
    for (std::size_t i = 0; i < idsSha256.size(); ++i) {
        const FixedSession& session = fixedSessions()[i];
        database.session() << "INSERT INTO sessions (id_sha256, user_name, csrf_token, created_at, expires_at) "
                              "VALUES ($1, $2, $3, '2025-03-14T09:30:00Z', '2999-12-31T00:00:00Z') "
                              "ON CONFLICT (id_sha256) DO NOTHING",
            useRef(idsSha256[i]), useRef(session.user), useRef(session.csrfToken), now;
    }
}

}  // namespace wop::fuzz
