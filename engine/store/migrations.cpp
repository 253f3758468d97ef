#include "store/migrations.h"

#include <stdexcept>
#include <string>

#include <Poco/Data/Statement.h>
#include <Poco/Exception.h>

#include "store/store_error.h"

using namespace Poco::Data::Keywords;

namespace wop::store {

namespace {

// A single row (id 1) holding the version reached.
void createVersionTable(Database& database) {
    auto& session = database.session();
    session << "CREATE TABLE IF NOT EXISTS schema_version ("
               "id INTEGER PRIMARY KEY CHECK (id = 1), "
               "version INTEGER NOT NULL)",
        now;
    session << "INSERT INTO schema_version (id, version) VALUES (1, 0) ON CONFLICT DO NOTHING", now;
}

// Moves the version from `from` to `from + 1`; false when another process
// moved it first. The update locks the row (PostgreSQL) or the database
// (SQLite) until the transaction ends, so the migration's statements run once.
bool claim(Database& database, int from) {
    Poco::Data::Statement update(database.session());
    update << "UPDATE schema_version SET version = $1 WHERE id = 1 AND version = $2", bind(from + 1), bind(from);
    return update.execute() == 1;
}

}  // namespace

Migrations Migrations::schema() {
    return Migrations({
        {1, "partnerships: each imported file, by partnership id",
         {"CREATE TABLE partnerships ("
          "id TEXT PRIMARY KEY, "
          "source TEXT NOT NULL, "  // the file it was imported from
          "json TEXT NOT NULL, "
          "sha256 TEXT NOT NULL, "
          "imported_at TEXT NOT NULL)"}},
        {2, "documents: the registry of every PDF made",
         {"CREATE TABLE documents ("
          "partnership TEXT NOT NULL, "
          "document TEXT NOT NULL, "
          "lang TEXT NOT NULL, "
          "version INTEGER NOT NULL CHECK (version >= 1), "
          "status TEXT NOT NULL CHECK (status IN ('draft', 'final')), "
          "pdf_sha256 TEXT NOT NULL, "
          "template_hash TEXT NOT NULL, "
          "data_hash TEXT NOT NULL, "
          "path TEXT NOT NULL, "  // relative to the data folder
          "created_at TEXT NOT NULL, "
          "UNIQUE (partnership, document, lang, version))"}},
        // Delivery (docs/delivery.md): mail, the portal's accounts and sessions.
        {3, "outbox: every message mailed or to mail, one per document and pair of versions",
         {"CREATE TABLE outbox ("
          "partnership TEXT NOT NULL, "
          "document TEXT NOT NULL, "
          "en_version INTEGER NOT NULL, "  // 0: no English PDF attached
          "ur_version INTEGER NOT NULL, "
          "recipients TEXT NOT NULL, "  // a JSON list of {"name", "address"} (one "Name <address>" a line before)
          "subject TEXT NOT NULL, "
          "body TEXT NOT NULL, "
          "state TEXT NOT NULL CHECK (state IN ('waiting', 'sent', 'superseded', 'no-recipients')), "
          "attempts INTEGER NOT NULL, "
          "next_attempt TEXT NOT NULL, "
          "last_error TEXT NOT NULL, "
          "queued_at TEXT NOT NULL, "
          "sent_at TEXT NOT NULL, "
          "PRIMARY KEY (partnership, document, en_version, ur_version))"}},
        {4, "users: the portal's accounts, passwords as salted PBKDF2 hashes",
         {"CREATE TABLE users ("
          "name TEXT PRIMARY KEY, "
          "role TEXT NOT NULL CHECK (role IN ('utility', 'facilitator')), "
          "utility TEXT NOT NULL, "  // an organisation id for role utility, else ''
          "password_hash TEXT NOT NULL, "
          "created_at TEXT NOT NULL)"}},
        {5, "sessions: the portal's signed-in sessions, by the SHA-256 of their cookie",
         {"CREATE TABLE sessions ("
          "id_sha256 TEXT PRIMARY KEY, "
          "user_name TEXT NOT NULL, "
          "csrf_token TEXT NOT NULL, "
          "created_at TEXT NOT NULL, "
          "expires_at TEXT NOT NULL)"}},
        // A new version only when what a document says changes (docs/store.md).
        {6, "document contents: each version's markup hash and look hash, the markups, and the latest checks",
         {"ALTER TABLE documents ADD COLUMN look_hash TEXT NOT NULL DEFAULT ''",
          "ALTER TABLE documents ADD COLUMN content_hash TEXT NOT NULL DEFAULT ''",
          "CREATE TABLE document_contents ("
          "content_hash TEXT PRIMARY KEY, "  // SHA-256 of the markup
          "markup TEXT NOT NULL)",
          "CREATE TABLE document_checks ("
          "partnership TEXT NOT NULL, "
          "document TEXT NOT NULL, "
          "lang TEXT NOT NULL, "
          "version INTEGER NOT NULL, "  // the version found current
          "template_hash TEXT NOT NULL, "
          "data_hash TEXT NOT NULL, "
          "look_hash TEXT NOT NULL, "
          "content_hash TEXT NOT NULL, "
          "checked_at TEXT NOT NULL, "
          "PRIMARY KEY (partnership, document, lang, version))"}},
        // Signed copies back from the signatories (docs/delivery.md).
        {7, "signed copies: each copy of a version a signatory brought back, and the signatures found in it",
         {"CREATE TABLE signed_copies ("
          "sha256 TEXT PRIMARY KEY, "  // of the copy's bytes
          "partnership TEXT NOT NULL, "
          "document TEXT NOT NULL, "
          "lang TEXT NOT NULL, "
          "version INTEGER NOT NULL, "  // the version it signs
          "kind TEXT NOT NULL CHECK (kind IN ('digital', 'scanned')), "
          "signatory_fields INTEGER NOT NULL, "  // the version's fields for signatories; 0 for a scan
          "signatories_signed INTEGER NOT NULL, "  // of them, those with a signature that matches its bytes
          "path TEXT NOT NULL, "  // relative to the data folder
          "uploaded_by TEXT NOT NULL, "
          "uploaded_at TEXT NOT NULL, "
          "FOREIGN KEY (partnership, document, lang, version) "
          "REFERENCES documents (partnership, document, lang, version))",
          "CREATE INDEX signed_copies_of_version ON signed_copies (partnership, document, lang, version)",
          "CREATE TABLE signed_copy_signatures ("
          "copy_sha256 TEXT NOT NULL REFERENCES signed_copies (sha256), "
          "position INTEGER NOT NULL, "  // 1, 2, ... in the file's order
          "field TEXT NOT NULL, "
          "signer TEXT NOT NULL, "  // the signer certificate's common name
          "digest_matches INTEGER NOT NULL CHECK (digest_matches IN (0, 1)), "
          "PRIMARY KEY (copy_sha256, position))"}},
        {8, "partnership images: the image files each partnership file names (logos, seals), as base64",
         {"CREATE TABLE partnership_images ("
          "partnership TEXT NOT NULL, "
          "file TEXT NOT NULL, "  // as the partnership file names it
          "base64 TEXT NOT NULL, "
          "PRIMARY KEY (partnership, file))"}},
        // Who may see a version is who its parties were when it was made, not
        // the partnership's parties now (docs/delivery.md, Who sees what).
        {9, "documents: the mentor's and the mentee's organisation ids each version was made with",
         {"ALTER TABLE documents ADD COLUMN mentor TEXT NOT NULL DEFAULT ''",
          "ALTER TABLE documents ADD COLUMN mentee TEXT NOT NULL DEFAULT ''"}},
        // Several batches, on one machine or several, share a run's work by
        // locking these rows (store/batch_claims.h): a row per partnership,
        // and `program` for the road map, added when first claimed.
        {10, "batch claims: a row per partnership whose lock a batch holds while it makes its documents",
         {"CREATE TABLE batch_claims (unit TEXT PRIMARY KEY)"}},
        // Several portals on one PostgreSQL database limit together
        // (server/shared_limits.h); times in seconds since 1970.
        {11, "the portal's rate limits and sign-in failures, shared by its processes",
         {"CREATE TABLE rate_buckets ("
          "bucket TEXT PRIMARY KEY, "  // what it limits and the client address
          "tokens DOUBLE PRECISION NOT NULL, "
          "last_at DOUBLE PRECISION NOT NULL)",
          "CREATE TABLE sign_in_failures ("
          "name TEXT PRIMARY KEY, "  // the account name tried, in lower case
          "failures INTEGER NOT NULL, "
          "last_at DOUBLE PRECISION NOT NULL)"}},
        // The language a reader switched the portal to, kept while they are signed in.
        {12, "sessions: the interface language chosen in the session ('en', 'ur'; '' for none)",
         {"ALTER TABLE sessions ADD COLUMN lang TEXT NOT NULL DEFAULT ''"}},
        // The partnerships table keeps the latest file; this, every one saved
        // since, for the portal's history and its concurrent edits.
        {13, "partnership versions: each file imported or saved, who saved it, when, and the JSON paths it changed",
         {"CREATE TABLE partnership_versions ("
          "partnership TEXT NOT NULL, "
          "version INTEGER NOT NULL, "
          "json TEXT NOT NULL, "
          "saved_at TEXT NOT NULL, "
          "saved_by TEXT NOT NULL, "
          "changed TEXT NOT NULL, "  // the JSON paths changed, one a line
          "PRIMARY KEY (partnership, version))"}},
        // A form refuses a save the guideline's rules warn of until the
        // facilitator saves it with its warnings; the history says which.
        {14, "partnership versions: the rule warnings each was stored with",
         {"ALTER TABLE partnership_versions ADD COLUMN warnings TEXT NOT NULL DEFAULT ''"}},  // one a line
    });
}

Migrations::Migrations(std::vector<Migration> steps) : steps_(std::move(steps)) {
    for (std::size_t i = 0; i < steps_.size(); ++i) {
        if (steps_[i].version != static_cast<int>(i) + 1)
            throw std::invalid_argument("migration " + std::to_string(i + 1) + " has version " +
                                        std::to_string(steps_[i].version));
    }
}

int Migrations::latestVersion() const {
    return static_cast<int>(steps_.size());
}

int Migrations::currentVersion(Database& database) {
    int version = 0;
    database.session() << "SELECT version FROM schema_version WHERE id = 1", into(version), now;
    return version;
}

int Migrations::apply(Database& database) const {
    int applied = 0;
    try {
        createVersionTable(database);
        int current = currentVersion(database);
        if (current > latestVersion()) {
            throw StoreError("the database (" + database.name() + ") has schema version " + std::to_string(current) +
                             ", newer than this wopdocs knows (" + std::to_string(latestVersion()) +
                             "): use a newer wopdocs");
        }
        for (; current < latestVersion(); current = currentVersion(database)) {
            const Migration& next = steps_[current];
            database.transaction([&] {
                if (!claim(database, current)) return;  // another process applied it
                for (std::string_view statement : next.statements) database.session() << std::string(statement), now;
                ++applied;
            });
        }
    } catch (const Poco::Exception& e) {
        throw StoreError("cannot bring the database (" + database.name() + ") to schema version " +
                         std::to_string(latestVersion()) + ": " + e.displayText());
    }
    return applied;
}

}  // namespace wop::store
