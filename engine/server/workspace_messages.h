// The loader's messages at a form's fields in the reader's language: the
// commonest (a required field missing, a wrong date or month, an empty
// value, an unknown person) are read against their English wording in the
// word table and said again in the reader's; the others, the guideline's
// rule warnings among them, stay as the loader wrote them, in English.
#pragma once

#include <string>

#include "model/text.h"

namespace wop::server {

std::string diagnosticMessage(const std::string& message, model::Lang lang);

}  // namespace wop::server
