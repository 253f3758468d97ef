// Whether bytes handed to the store as a PDF are a whole one: a PDF ends
// with its %%EOF marker (and a line end), and the store keeps none without
// it.
#pragma once

#include <string_view>

namespace wop::store {

bool isCompletePdf(std::string_view bytes);

}  // namespace wop::store
