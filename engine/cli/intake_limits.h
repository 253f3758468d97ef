// How large a signed copy may be (`signed.max-megabytes` in the settings
// file, default 20), for `wopdocs signed add` and the portal alike.
#pragma once

#include <filesystem>

#include "intake/intake.h"

namespace wop::cli {

// Throws std::runtime_error when the settings file cannot be read or the
// setting is not a positive number.
intake::IntakeLimits intakeLimits(const std::filesystem::path& config);

}  // namespace wop::cli
