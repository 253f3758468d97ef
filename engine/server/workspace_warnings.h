// The workspace's rule warnings a save is stored with: a form refused for
// them offers to save with exactly those (a checkbox naming their digest,
// workspace_data.h), and a version saved so says which it was saved with.
#pragma once

#include <string>
#include <vector>

#include "model/text.h"

namespace wop::server::html {

// The checkbox above a form's save button; none when nothing warned.
std::string saveWithWarningsChoice(const std::vector<std::string>& warned, model::Lang lang);

// The note that `version` was saved with `warnings`; none without them.
std::string savedWithWarningsNote(int version, const std::vector<std::string>& warnings, model::Lang lang);

}  // namespace wop::server::html
