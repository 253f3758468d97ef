// The context's values (context/value.h) as the Mustache engine's: the one
// place the template stage turns one into the other.
#pragma once

#include <kainjow/mustache.hpp>

#include "context/value.h"

namespace wop::tmpl {

kainjow::mustache::data mustacheData(const context::Value& value);

}  // namespace wop::tmpl
