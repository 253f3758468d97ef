// How a letter greets a person when the data gives no salutation: by title
// and surname ("Mr. Khokhar", "محترم جناب کھوکھر صاحب"), read off the name as
// the data writes it, honorific first.
#pragma once

#include <string>

#include "model/text.h"

namespace wop::context {

// The full name as given when it does not start with a known honorific.
std::string greetingName(const std::string& fullName, model::Lang lang);

}  // namespace wop::context
