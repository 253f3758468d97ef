// Reads a `wopdocs/1` partnership file (docs/data-format.md) into a
// Partnership. Every problem is reported, not only the first: a value of the
// wrong type, a missing required field, an unknown key, an unknown person id.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "model/diagnostic.h"
#include "model/image_source.h"
#include "model/partnership.h"

namespace wop::model {

struct LoadResult {
    std::optional<Partnership> partnership;  // set when there is no error
    std::vector<Diagnostic> diagnostics;     // errors, then the guideline's rule warnings
    // A warning for each Text given only in English, which Urdu documents
    // print in English: for those who make them (docs/data-format.md).
    std::vector<Diagnostic> englishOnly;
};

// `sourceName` is used in diagnostics and kept as Partnership::sourceFile.
// The images the file names are read from `images`; by default from the
// folder of `sourceName`, the file's own.
LoadResult loadPartnership(std::string_view json, const std::string& sourceName, const ImageSource& images);
LoadResult loadPartnership(std::string_view json, const std::string& sourceName);
LoadResult loadPartnershipFile(const std::string& path);

// A file's content as loadPartnership takes it (read no further than one
// byte over the size limit, enough to reject it), or the error saying why it
// cannot be read. For callers that keep the text as well (the store).
struct FileContent {
    std::string text;
    std::optional<Diagnostic> error;
};
FileContent readPartnershipFile(const std::string& path);

}  // namespace wop::model
