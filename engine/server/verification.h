// What the public verification page says of a registered version: enough
// for a reader holding a copy to know it is genuine and whether it is still
// current, nothing else (no parties' people, no figures, no file).
#pragma once

#include <optional>
#include <string>
#include <string_view>

#include "model/text.h"
#include "intake/intake.h"
#include "server/portal_data.h"
#include "store/signed_copies.h"

namespace wop::server {

struct VerifiedDocument {
    model::Text partnership;  // its title, or the program's for the road map
    std::string reference;    // the partnership's reference
    model::Text document;     // "Letter of Intent"
    model::Lang lang = model::Lang::En;
    int version = 0;
    int latestVersion = 0;     // of the same document in the same language
    std::string madeOn;        // "2025-03-14", UTC
    std::string code;          // "7KQ2M-XW4PD"; empty for a draft, which prints none
    std::optional<store::SignedCopy> signedCopy;  // the best filed, if any
    // For a file checked: what it is of the version. None for a code.
    std::optional<intake::Identified::As> file;
};

// The version printing `typed` (store/verification_code.h), when one does.
std::optional<VerifiedDocument> verifyCode(PortalData& data, const std::string& typed);
// The version a PDF is, as made or signed (intake::identifyPdf), when it is one.
std::optional<VerifiedDocument> verifyFile(PortalData& data, std::string_view pdf);

}  // namespace wop::server
