// A small partnership built in code for the context tests: PWON facilitates
// WASA Lahore mentoring WASA Faisalabad, pilot from April to September 2025,
// evaluated but not yet recommended.
#pragma once

#include <optional>
#include <string>

#include "context/context.h"
#include "model/partnership.h"

namespace wop::test {

model::Partnership samplePartnership();

model::Date date(const char* iso);

// The context of one document of `partnership` (the program is that partnership alone).
context::Value contextFor(const model::Partnership& partnership, const char* documentId,
                                   model::Lang lang = model::Lang::En,
                                   std::optional<model::YearMonth> month = std::nullopt,
                                   context::LocaleSettings settings = {});

// Renders a template against a context, failing the test on a template error.
std::string render(const std::string& templateText, const context::Value& context);

}  // namespace wop::test
