// What kainjow makes of a template folder on its own: each partial read and
// parsed where it is included, every value escaped as the template stage
// escapes it. The template stage writes partials into their templates and
// parses each template once; its output must be this.
#pragma once

#include <filesystem>
#include <optional>
#include <string>

#include "context/value.h"

namespace wop::test {

// Renders `<dir>/<name>.mustache` with the partials of `<dir>/partials/`;
// nullopt when kainjow reports an error.
std::optional<std::string> renderExpandingPartials(const std::filesystem::path& dir, const std::string& name,
                                                   const context::Value& values);

}  // namespace wop::test
