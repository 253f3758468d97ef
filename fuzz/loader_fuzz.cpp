// Any bytes as a partnership file: the loader must answer with a partnership
// or with diagnostics, never crash, hang or throw.
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string_view>

#include "model/loader.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    std::string_view json(reinterpret_cast<const char*>(data), size);
    wop::model::LoadResult result = wop::model::loadPartnership(json, "fuzz.json");
    // Exactly one of the two outcomes: a partnership, or at least one error.
    bool hasError = false;
    for (const auto& diagnostic : result.diagnostics)
        hasError = hasError || diagnostic.severity == wop::model::Diagnostic::Severity::Error;
    if (result.partnership.has_value() == hasError) std::abort();
    return 0;
}
