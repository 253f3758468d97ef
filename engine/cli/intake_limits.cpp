#include "cli/intake_limits.h"

#include <stdexcept>

#include "cli/settings_options.h"

namespace wop::cli {

intake::IntakeLimits intakeLimits(const std::filesystem::path& config) {
    intake::IntakeLimits limits;
    const auto settings = readSettingsFile(config);
    if (!settings || !settings->hasProperty("signed.max-megabytes")) return limits;
    const int megabytes = settings->getInt("signed.max-megabytes");
    if (megabytes < 1 || megabytes > 1024)
        throw std::runtime_error("signed.max-megabytes must be from 1 to 1024, not " + std::to_string(megabytes));
    limits.maxBytes = static_cast<std::size_t>(megabytes) * 1024 * 1024;
    return limits;
}

}  // namespace wop::cli
