// The road map of the National WOPs Program (guideline 3.3.2): every
// partnership given, how far it has come, its results, lessons, next steps.
#pragma once

#include <optional>
#include <vector>

#include "context/values.h"
#include "model/partnership.h"

namespace wop::context {

// The `program` values.
Value program(const std::vector<const model::Partnership*>& partnerships, const Values& values);

// The latest date of any step of any partnership (the road map's date).
std::optional<model::Date> programDate(const std::vector<const model::Partnership*>& partnerships);

}  // namespace wop::context
