// Which partnerships' documents a batch process makes now, so that several
// batches share a run's work. The work is cut into units: each
// partnership's documents, and the road map (`programKey`); a batch makes a
// unit's documents, and tidies its folder (DocumentFiles::recover), only
// while it holds the unit's claim.
//
// PostgreSQL: a claim is the lock of the unit's row of `batch_claims`
// (SELECT ... FOR UPDATE), taken in a transaction on a connection of the
// claims' own and held while the unit is made. Batches on any number of
// machines share the work; a batch killed, or whose machine dies, loses its
// claims with its connection, and the server ends the transaction at once
// (the socket closes) or, for a machine gone silent, when its keepalives go
// unanswered (about a minute), so another batch takes the unit over.
//
// SQLite, a file of one machine: the data folder's lock (DataDirLock) for
// the whole run, one batch at a time, and every claim granted at once.
#pragma once

#include <memory>
#include <optional>
#include <string>
#include <utility>

#include "store/data_dir_lock.h"
#include "store/store.h"

namespace wop::store {

class BatchClaims {
public:
    // Held until destroyed.
    class Claim {
    public:
        explicit Claim(Database* database) : database_(database) {}
        ~Claim() { release(); }
        Claim(Claim&& other) noexcept : database_(std::exchange(other.database_, nullptr)) {}
        Claim& operator=(Claim&& other) noexcept;
        Claim(const Claim&) = delete;
        Claim& operator=(const Claim&) = delete;

    private:
        void release() noexcept;

        Database* database_;  // whose transaction holds the lock; null for SQLite
    };

    // Throws StoreError: another batch holds the SQLite store's data folder,
    // or the database cannot be reached.
    explicit BatchClaims(Store& store);

    // The claim of `unit`, or nothing when another batch holds it.
    std::optional<Claim> tryClaim(const std::string& unit);
    // The claim of `unit`, once the batch holding it lets it go or dies.
    Claim claim(const std::string& unit);
    // The claim of every unit, for what must not see a batch halfway (the
    // mail's queue), or nothing when a batch holds one.
    std::optional<Claim> tryClaimAll();

private:
    std::optional<Claim> take(const std::string& unit, bool wait);

    std::optional<DataDirLock> dataDirLock_;      // SQLite
    std::unique_ptr<Database> claimConnection_;  // PostgreSQL
};

}  // namespace wop::store
