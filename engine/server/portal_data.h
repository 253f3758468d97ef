// What the portal's request threads read and write in the store, each over
// a connection of a pool of its own (a Database is not thread-safe): sessions,
// accounts, the registry, and the partnerships, kept loaded until the
// store's copy changes. Several portals on one PostgreSQL database share
// all of it but the loaded partnerships, which each checks against the
// database at each use.
#pragma once

#include <ctime>
#include <filesystem>
#include <map>
#include <memory>
#include <mutex>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "batch/partnership_status.h"
#include "intake/intake.h"
#include "server/registry_id.h"
#include "server/sessions.h"
#include "store/database_pool.h"
#include "store/store.h"
#include "store/stored_program.h"

namespace wop::server {

class PortalData {
public:
    // Up to `connections` requests use the store at once (one per request
    // thread). Throws store::StoreError when the store cannot be opened.
    PortalData(const store::StoreLocation& location, std::time_t sessionSeconds, int connections);

    std::optional<Session> session(const std::string& cookie);
    // A new session when the name and password match. The slow password
    // check runs without holding a connection.
    std::optional<Session> signIn(const std::string& name, const std::string& password);
    void signOut(const std::string& cookie);
    // Remembers the interface language the session's reader switched to.
    void setSessionLanguage(const std::string& cookie, const std::string& lang);

    // The stored partnerships as loaded now; the snapshot stays valid while held.
    std::shared_ptr<const store::StoredProgram> program();
    std::vector<store::DocumentRecord> documentsOf(const std::string& partnership);
    // store::Registry::partnershipsWithParty
    std::vector<std::string> partnershipsWithParty(const std::string& organisation);
    std::optional<store::DocumentRecord> document(const RegistryRef& ref);
    // intake::identifyPdf on the portal's store.
    std::optional<intake::Identified> identifyPdf(std::string_view bytes);
    // The final version printing this verification code (normalized).
    std::optional<store::DocumentRecord> documentWithCode(const std::string& code);
    std::filesystem::path fileOf(const store::DocumentRecord& record) const;
    const std::filesystem::path& dataDir() const { return location_.dataDir; }
    // The connections the portal's requests use: also for its limits (SharedLimits).
    store::DatabasePool& pool() { return pool_; }

    // What `wopdocs status` says of each of the program's partnerships on `today`, in its order.
    std::vector<batch::PartnershipStatus> partnershipStatuses(const store::StoredProgram& program,
                                                              const model::Date& today);
    // The best signed copy of each of the partnership's versions that has copies.
    store::CopiesByVersion signedCopiesOf(const std::string& partnership);
    // intake::receiveSignedCopy on the portal's store. Throws
    // intake::UploadRefused, or store::StoreError.
    store::SignedCopy receiveSignedCopy(const intake::Upload& upload, const intake::IntakeLimits& limits);

    // Runs `work(store)` over a connection of the pool, for what has no method here (the workspace's).
    template <typename Work>
    auto withStore(Work&& work) {
        store::Store store = connection();
        return work(store);
    }

private:
    // The store over a connection of the pool, this thread's until destroyed.
    store::Store connection();

    store::StoreLocation location_;
    store::DatabasePool pool_;
    std::time_t sessionSeconds_;
    std::mutex programMutex_;
    std::string programSignature_;  // the ids and SHA-256 of the stored files `program_` was loaded from
    std::shared_ptr<const store::StoredProgram> program_;
};

}  // namespace wop::server
