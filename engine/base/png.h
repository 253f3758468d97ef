// A PNG file read whole, as libpng will read it when libharu draws it:
// libharu lets libpng abort the process on a file it cannot read, so a
// damaged PNG must be refused before it gets there.
#pragma once

#include <string>
#include <string_view>
#include <variant>

#include "base/image.h"

namespace wop::base {

// The PNG's header once its chunks' checksums, its header's values and its
// image data, decompressed, prove sound; else what is wrong with it, as the
// found half of a message: "a damaged PNG (…)".
std::variant<ImageHeader, std::string> readPng(std::string_view bytes);

}  // namespace wop::base
