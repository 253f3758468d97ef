// What changed between two versions of a document, in words a signatory
// reads: which section, and the text before and after. Compares the text
// units (text_units.h) of both by a longest common subsequence; the units of
// one version left out of it, between the same two units in common, replaced
// those of the other.
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <vector>

#include "markup/document.h"

namespace wop::markup {

// A unit changed (both texts), added (no `before`) or removed (no `after`).
struct Change {
    std::string section;  // where it is in the later version (for a removal, in the earlier)
    std::optional<std::string> before;
    std::optional<std::string> after;
};

// In document order; empty when both say the same.
std::vector<Change> compare(const Document& before, const Document& after);

// The first `shown` changes and how many more:
//   "2. Scope": "… 6 to 8 months." → "… six to eight months."; "3. Parties": added "A | B"; and 2 more changes
// Each text is cut down to the sentences that changed, and a long sentence
// to the words around what changed.
std::string describe(const std::vector<Change>& changes, std::size_t shown = 3);

}  // namespace wop::markup
