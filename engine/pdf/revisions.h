// A PDF changed by incremental updates (a signature each) keeps every
// earlier revision as a prefix of its bytes: the file as it was up to an
// %%EOF marker. A signed copy of a registered version is found by hashing
// those prefixes.
#pragma once

#include <cstddef>
#include <string_view>
#include <vector>

namespace wop::pdf {

// The lengths of the prefixes of `pdf` that may be an earlier revision, in
// increasing order, at most `most`: each %%EOF but the last, with and
// without the line end that follows it (a writer may append its update
// after either). The whole file is not among them.
std::vector<std::size_t> earlierRevisionLengths(std::string_view pdf, std::size_t most);

}  // namespace wop::pdf
