// The short code a final document prints, with a QR code of its address on
// the portal, so that a reader of a printed or mailed copy can check it
// against the registry. A PDF cannot hold its own SHA-256, so the code is
// derived from what is known before the PDF is made: the document, its
// language, its version and the SHA-256 of its markup. Ten characters of
// Crockford's base 32 (50 bits): easy to read aloud and type, and a guess
// among a few thousand registered codes finds one once in 10^11 tries.
#pragma once

#include <optional>
#include <string>
#include <string_view>

#include "store/document_record.h"

namespace wop::store {

// "7KQ2M-XW4PD": upper case, two groups of five.
std::string verificationCode(const DocumentKey& key, int version, std::string_view contentHash);
// The code of a registered version; none for a draft or a version whose
// markup was not kept (made before contents were), which printed none.
std::optional<std::string> verificationCodeOf(const DocumentRecord& record);
// A code as typed or read from an address: case, spaces and the dash do
// not matter, and O, I and L read as 0, 1 and 1. None unless ten such
// characters remain.
std::optional<std::string> normalizeVerificationCode(std::string_view typed);

}  // namespace wop::store
