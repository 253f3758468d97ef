#include "store/batch_claims.h"

#include <vector>

#include "store/store_error.h"

using namespace Poco::Data::Keywords;

namespace wop::store {

BatchClaims::Claim& BatchClaims::Claim::operator=(Claim&& other) noexcept {
    if (this != &other) {
        release();
        database_ = std::exchange(other.database_, nullptr);
    }
    return *this;
}

void BatchClaims::Claim::release() noexcept {
    if (!database_) return;
    try {
        database_->session().rollback();
    } catch (const Poco::Exception&) {
        // The connection is gone, and the lock with it.
    }
    database_ = nullptr;
}

BatchClaims::BatchClaims(Store& store) {
    if (store.database().kind() == Database::Kind::SQLite) {
        dataDirLock_.emplace(store.dataDir());
        return;
    }
    claimConnection_ = std::make_unique<Database>(store.connection());
    try {
        // A machine that dies holding a claim sends no FIN: the server probes
        // the silent connection and ends it, and the claim, within a minute.
        auto& session = claimConnection_->session();
        session << "SET tcp_keepalives_idle = 20", now;
        session << "SET tcp_keepalives_interval = 10", now;
        session << "SET tcp_keepalives_count = 3", now;
    } catch (const Poco::Exception& e) {
        throw StoreError("cannot prepare the batch's claims (" + claimConnection_->name() +
                         "): " + claimConnection_->describe(e));
    }
}

std::optional<BatchClaims::Claim> BatchClaims::tryClaim(const std::string& unit) {
    return take(unit, false);
}

BatchClaims::Claim BatchClaims::claim(const std::string& unit) {
    return std::move(*take(unit, true));
}

std::optional<BatchClaims::Claim> BatchClaims::take(const std::string& unit, bool wait) {
    if (!claimConnection_) return Claim(nullptr);
    Database& database = *claimConnection_;
    auto& session = database.session();
    try {
        // The row first, committed on its own: inserting it in the claim's
        // transaction would make a second batch wait for the first's
        // commit instead of skipping the unit.
        session << "INSERT INTO batch_claims (unit) VALUES ($1) ON CONFLICT DO NOTHING", useRef(unit), now;
        session.begin();
        Claim claim(&database);  // rolls the transaction back should the lock not be had
        std::vector<std::string> locked;
        session << "SELECT unit FROM batch_claims WHERE unit = $1 FOR UPDATE" << (wait ? "" : " SKIP LOCKED"),
            useRef(unit), into(locked), now;
        if (locked.empty()) return std::nullopt;
        return claim;
    } catch (const Poco::Exception& e) {
        throw StoreError("cannot claim the documents of " + unit + " (" + database.name() + "): " + database.describe(e));
    }
}

std::optional<BatchClaims::Claim> BatchClaims::tryClaimAll() {
    if (!claimConnection_) return Claim(nullptr);
    Database& database = *claimConnection_;
    auto& session = database.session();
    try {
        session.begin();
        Claim claim(&database);
        int units = 0;
        std::vector<std::string> locked;
        session << "SELECT count(*) FROM batch_claims", into(units), now;
        session << "SELECT unit FROM batch_claims FOR UPDATE SKIP LOCKED", into(locked), now;
        if (static_cast<int>(locked.size()) < units) return std::nullopt;
        return claim;
    } catch (const Poco::Exception& e) {
        throw StoreError("cannot claim the store's documents (" + database.name() + "): " + database.describe(e));
    }
}

}  // namespace wop::store
