// The store the portal fuzz target serves: the sample partnerships imported,
// a few registered documents with small PDF files, the accounts of
// tests/server (lahore, multan, pwon) and one session each whose cookie and
// CSRF token are fixed, so that the seeds (fuzz/corpus/portal/) and the
// fuzzer's mutations of them reach the routes behind sign-in.
#pragma once

#include <filesystem>
#include <string>
#include <vector>

#include "store/store.h"

namespace wop::fuzz {

struct FixedSession {
    std::string user;
    std::string cookie;  // the value of wopdocs_session
    std::string csrfToken;
    // What the account may see by docs/delivery.md, written out here rather
    // than asked of the portal: the partnership ids, "program" for the road map.
    std::vector<std::string> sees;
};

// Every partnership id of the store, and "program".
const std::vector<std::string>& documentOwners();

// lahore (WASA Lahore, mentor of lahore-faisalabad-nrw), multan (WASA
// Multan, mentee of rawalpindi-multan-billing), pwon (the facilitator).
const std::vector<FixedSession>& fixedSessions();

// Fills an empty data folder.
void makePortalStore(const store::StoreLocation& location, const std::filesystem::path& samples);

// Puts back the fixed sessions a request ended (sign-out), so that every
// input meets the same store.
void restoreFixedSessions(store::Database& database);

}  // namespace wop::fuzz
