// What changed between a final version and the version that superseded it,
// in words, from the markup the store keeps of each (markup/difference.h):
// what the signatories are asked to sign again.
#pragma once

#include <string>

#include "store/document_contents.h"
#include "store/signed_copies.h"
#include "store/version_index.h"

namespace wop::batch {

// "\"4. Next steps\": \"…\" → \"…\"; and 2 more changes"; "formatting
// only" when the words are the same, "nothing since the final version" when
// the text is the signed one again; empty when the markup of either
// version is not kept (made before contents were kept).
std::string supersessionChanges(store::DocumentContents& contents, const store::Supersession& supersession);

// What came back signed of the final version superseded: "signed by 2 of
// 3", "scanned copy"; empty when nothing did, or when the database cannot
// say (the warning stands without it).
std::string supersededSignedCopy(store::SignedCopies& copies, const store::Supersession& supersession);

}  // namespace wop::batch
